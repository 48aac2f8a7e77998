/**
 * Half-year scoring and close (issue 12): the live FM40 composite of every customer of a period with its figures and
 * close gate, closing into a hash-stamped snapshot, re-opening with a reason, and response exclusions.
 */
package com.satisfaction.web.period;
