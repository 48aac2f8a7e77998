/**
 * The holiday table: public holidays on which, like weekends, no reminder goes out.
 */
package com.satisfaction.persistence.calendar;
