package com.satisfaction.persistence.action;

/** What an action made from a complaint shows of it: the customer and what the complaint says. */
public interface ComplaintSummary {

    Long getId();

    String getCustomerName();

    String getDescription();
}
