package com.satisfaction.persistence.record;

import java.util.List;
import java.util.Optional;

/**
 * The complaints a claim may link to, read straight from the {@code complaint} table, so that claims need nothing of
 * the complaint feature but its table.
 */
public interface ComplaintChoices {

    /** How many complaints a choice offers at most: the customer's most recent ones. */
    int MOST = 500;

    /** The customer's complaints, most recently received first, at most {@value #MOST}. */
    List<ComplaintChoice> complaintsOf(long customerId);

    /** The customer a complaint belongs to; empty when there is no such complaint. */
    Optional<Long> customerOfComplaint(long complaintId);
}
