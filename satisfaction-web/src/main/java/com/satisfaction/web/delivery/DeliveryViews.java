package com.satisfaction.web.delivery;

import com.satisfaction.core.delivery.MovementKind;
import com.satisfaction.persistence.delivery.MovementRow;
import com.satisfaction.persistence.delivery.MovementSums;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the deliveries pages show, built inside the service's transaction; never entities. */
final class DeliveryViews {

    private DeliveryViews() {
    }

    /** One page of the list, the sums of every row the filters select, and the periods to filter by. */
    record ListPage(List<MovementRow> rows, int page, int totalPages, MovementSums sums, List<String> periods,
                    CustomerChoice onlyCustomer) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < totalPages;
        }

        /** The product return rate of the selected rows as shown (one decimal), or empty without deliveries. */
        public Optional<String> productReturnRate() {
            return sums.productReturnRate().map(rate -> rate.percentage().display());
        }

        public String path(MovementRow row) {
            return KindPath.of(row.kind());
        }
    }

    /** A customer to choose in the form. */
    record CustomerChoice(long id, String code, String name) {
    }

    /** One delivery or return with its customer. */
    record MovementView(MovementKind kind, long id, long customerId, String customerCode, String customerName,
                        String lot, String period, LocalDate day, long quantity, String defectReason, String notes,
                        Instant createdAt, Instant updatedAt) {

        public boolean periodTotal() {
            return period != null;
        }

        public String path() {
            return KindPath.of(kind);
        }

        Scope scope() {
            return periodTotal() ? Scope.PERIOD : Scope.LOT;
        }

        MovementForm toForm() {
            return new MovementForm(kind.name(), Long.toString(customerId), lot == null ? "" : lot,
                    periodTotal() ? "" : day.toString(), period == null ? "" : period, Long.toString(quantity),
                    defectReason == null ? "" : defectReason, notes == null ? "" : notes);
        }
    }
}
