package com.satisfaction.core.record;

import com.satisfaction.core.scoring.CompositeInput;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one customer's operational record holds for one period, as the composite score (SPEC §4.6) reads it: praise
 * received, claims made with their totals per currency (never one sum across currencies), and business lost (whole
 * customer or product lines). No record is 0 of each, not missing data.
 *
 * @param customerId     the customer
 * @param praises        written or spoken praise dated in the period, 0 or more
 * @param claims         claims dated in the period, 0 or more
 * @param claimed        the claims' total in each currency, ordered by currency code
 * @param lostBusinesses lost business dated in the period (customer or product line), 0 or more
 */
public record CustomerRecords(long customerId, int praises, int claims, List<Money> claimed, int lostBusinesses) {

    /**
     * Creates the figures.
     *
     * @throws IllegalArgumentException when a count is negative, a currency appears twice, or totals are given without
     *                                  claims
     */
    public CustomerRecords {
        Objects.requireNonNull(claimed, "claimed");
        if (praises < 0 || claims < 0 || lostBusinesses < 0) {
            throw new IllegalArgumentException("counts must be 0 or more, were praises " + praises + ", claims "
                    + claims + ", lost business " + lostBusinesses);
        }
        if (claimed.stream().map(Money::currency).distinct().count() != claimed.size()) {
            throw new IllegalArgumentException("one total per currency, was " + claimed);
        }
        if (claims == 0 && !claimed.isEmpty()) {
            throw new IllegalArgumentException("totals " + claimed + " without a claim");
        }
        claimed = claimed.stream().sorted(Comparator.comparing(Money::currencyCode)).toList();
    }

    /** A customer with nothing recorded in the period: no praise, no claim, nothing lost. */
    public static CustomerRecords nothingRecorded(long customerId) {
        return new CustomerRecords(customerId, 0, 0, List.of(), 0);
    }

    /** The total claimed in {@code currencyCode}, if any claim was in it. */
    public Optional<Money> claimedIn(String currencyCode) {
        return claimed.stream().filter(money -> money.currencyCode().equals(currencyCode)).findFirst();
    }

    /** The composite's input with this record's praise, claims and lost business set. */
    public CompositeInput applyTo(CompositeInput input) {
        return input.withPraises(praises).withClaims(claims).withLostBusinesses(lostBusinesses);
    }
}
