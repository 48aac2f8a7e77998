package com.satisfaction.web.delivery;

import com.satisfaction.core.delivery.MovementKind;
import com.satisfaction.core.period.Period;
import com.satisfaction.persistence.delivery.MovementFilter;

/**
 * The list's filters as the query string gives them: part of a customer's code or name, or one customer by id (the
 * composite's evidence links so), a period, deliveries or returns; a blank or unknown value is no filter.
 */
record DeliverySearch(String customer, String customerId, String period, String type, Integer page) {

    static final int PAGE_SIZE = 25;

    DeliverySearch {
        customer = customer == null ? "" : customer.strip();
        if (customer.length() > 200) {
            customer = customer.substring(0, 200);
        }
        customerId = customerId != null && customerId.strip().matches("[0-9]{1,18}") ? customerId.strip() : "";
        period = period == null ? "" : period.strip();
        type = "DELIVERY".equals(type) || "RETURN".equals(type) ? type : "";
        page = page == null || page < 0 ? 0 : page;
    }

    Period periodFilter() {
        try {
            return period.isEmpty() ? null : Period.of(period);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    MovementFilter filter() {
        return new MovementFilter(customer, customerId.isEmpty() ? null : Long.valueOf(customerId), periodFilter(),
                type.isEmpty() ? null : MovementKind.valueOf(type));
    }
}
