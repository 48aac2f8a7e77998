/**
 * Campaign rules without a framework: when a reminder is due (working days, quiet days) and how a mail text's
 * placeholders are filled.
 */
package com.satisfaction.core.campaign;
