/**
 * The half-year report (issue 13, SPEC §6, FM40 客户满意度调查总结分析报告): the printable page, the same page as PDF,
 * the report as XLSX, the quality manager's conclusion and sign-off, and the auditor's evidence pack (ZIP).
 */
package com.satisfaction.web.report;
