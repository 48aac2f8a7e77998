package com.satisfaction.web.demo;

/**
 * A customer of the demo company and how pleased it is with the supplier, {@code mood} on the LIKERT5 scale
 * (1 very poor … 5 very good): the answers, the operational record and the complaints all follow it.
 */
record DemoCustomer(long id, String code, String name, char tier, double mood) {
}
