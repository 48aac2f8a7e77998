/**
 * The operational record's rules without a framework (SPEC §5): money as an exact decimal with its currency and how a
 * typed amount is read, praise types, kinds of lost business, record dates, and a customer's record figures for a period.
 */
package com.satisfaction.core.record;
