/**
 * What every file the product writes for a spreadsheet shares: the rule that keeps a text cell from being read as a
 * formula (CSV injection).
 */
package com.satisfaction.core.export;
