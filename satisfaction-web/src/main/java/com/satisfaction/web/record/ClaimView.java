package com.satisfaction.web.record;

import com.satisfaction.core.record.Money;
import com.satisfaction.persistence.record.Claim;
import com.satisfaction.persistence.record.ComplaintChoice;

import java.time.Instant;
import java.time.LocalDate;

/** A claim as its page shows it, with its complaint when linked, built inside the service's transaction. */
record ClaimView(long id, long customerId, String customerCode, String customerName, LocalDate claimedOn, Money amount,
                 String reason, Long complaintId, ComplaintChoice complaint, String recordedBy, Instant recordedAt) {

    static ClaimView of(Claim c, ComplaintChoice complaint) {
        return new ClaimView(c.getId(), c.getCustomer().getId(), c.getCustomer().getCode(), c.getCustomer().getName(),
                c.getClaimedOn(), c.getAmount(), c.getReason(), c.getComplaintId(), complaint, c.getRecordedBy(),
                c.getRecordedAt());
    }

    ClaimForm toForm() {
        return new ClaimForm(String.valueOf(customerId), claimedOn.toString(), Fields.plain(amount.amount()),
                amount.currencyCode(), reason, complaintId == null ? "" : complaintId.toString());
    }
}
