/**
 * What every CSV import shares: reading an uploaded file in the encoding it was written in (UTF-8 with or without
 * BOM, GBK/GB18030 from Excel and WPS on Chinese Windows, detected with ICU4J) and cleaning its cells.
 */
package com.satisfaction.web.csv;
