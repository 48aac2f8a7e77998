/**
 * The vocabulary of questionnaires shared by every module: answer scales and question types (SPEC §2).
 * Small enums only; the survey builder itself lives in the web and persistence modules.
 */
package com.satisfaction.core.survey;
