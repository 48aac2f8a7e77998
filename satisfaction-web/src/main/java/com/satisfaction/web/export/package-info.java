/**
 * Exports (issue 13): a survey's responses (one row per response, one column per question) and a half-year's
 * per-customer scores as CSV (UTF-8 with BOM) and XLSX, streamed from a database cursor straight to the download.
 */
package com.satisfaction.web.export;
