/**
 * The half-year report (issue 13, FM40 客户满意度调查总结分析报告): the quality manager's conclusion and its sign-off
 * with their log, and the SQL reads the report adds to the period's figures (campaigns, suggestions, responses).
 */
package com.satisfaction.persistence.report;
