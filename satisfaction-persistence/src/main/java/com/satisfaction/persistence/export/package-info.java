/**
 * The rows of the exports, read forward-only with a JDBC cursor and handed on one at a time, so an export of a million
 * responses holds one response in memory, never the result.
 */
package com.satisfaction.persistence.export;
