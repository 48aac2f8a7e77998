package com.satisfaction.web.record;

import com.satisfaction.core.record.Currencies;
import com.satisfaction.core.record.LostBusinessKind;
import com.satisfaction.core.record.Money;
import com.satisfaction.persistence.record.LostBusiness;

import java.time.Instant;
import java.time.LocalDate;

/** A lost business as its page shows it (estimated value null when unknown), built inside the service's transaction. */
record LostBusinessView(long id, long customerId, String customerCode, String customerName, LostBusinessKind kind,
                        String productLine, LocalDate lostOn, String reason, Money estimatedValue, String recordedBy,
                        Instant recordedAt) {

    static LostBusinessView of(LostBusiness b) {
        return new LostBusinessView(b.getId(), b.getCustomer().getId(), b.getCustomer().getCode(),
                b.getCustomer().getName(), b.getKind(), b.getProductLine(), b.getLostOn(), b.getReason(),
                b.getEstimatedValue().orElse(null), b.getRecordedBy(), b.getRecordedAt());
    }

    LostBusinessForm toForm() {
        return new LostBusinessForm(String.valueOf(customerId), kind.name(), productLine == null ? "" : productLine,
                lostOn.toString(), reason, estimatedValue == null ? "" : Fields.plain(estimatedValue.amount()),
                estimatedValue == null ? Currencies.DEFAULT.getCurrencyCode() : estimatedValue.currencyCode());
    }
}
