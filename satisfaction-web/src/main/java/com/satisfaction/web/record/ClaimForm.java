package com.satisfaction.web.record;

import com.satisfaction.core.record.Currencies;
import com.satisfaction.core.record.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A claim as the form gives it, every field as text: the amount is read exactly by the core ({@code Amounts}), so
 * "1e3", "1,000", "-5" or a fifth decimal is a message beside the field, never a rounded or guessed number.
 */
public record ClaimForm(
        @NotBlank(message = "{records.customer.required}") @Pattern(regexp = Fields.ID, message = "{records.customer.required}")
        String customerId,
        @NotBlank(message = "{records.date.required}") @Pattern(regexp = Fields.DATE, message = "{records.date.invalid}")
        String claimedOn,
        String amount,
        String currency,
        @NotBlank(message = "{records.claim.reason.required}") @Size(max = 2000, message = "{records.claim.reason.size}")
        String reason,
        @Pattern(regexp = Fields.ID, message = "{records.claim.complaint.unknown}")
        String complaintId) {

    public ClaimForm {
        customerId = Fields.strip(customerId);
        claimedOn = Fields.strip(claimedOn);
        amount = Fields.strip(amount);
        currency = Fields.strip(currency);
        reason = Fields.strip(reason);
        complaintId = Fields.strip(complaintId);
    }

    /** A new claim of today in the default currency, for the customer when one is given. */
    static ClaimForm blank(String customerId, LocalDate today) {
        return new ClaimForm(Fields.id(customerId).map(String::valueOf).orElse(""), today.toString(), "",
                Currencies.DEFAULT.getCurrencyCode(), "", "");
    }

    /** What Bean Validation cannot see: a day that has come, an amount read exactly, an offered currency. */
    List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Fields.checkDate("claimedOn", claimedOn, today, problems);
        Fields.checkAmount("amount", amount, problems);
        Fields.checkCurrency("currency", currency, problems);
        return problems;
    }

    /** The customer chosen, when the field holds an id. */
    Optional<Long> chosenCustomer() {
        return Fields.id(customerId);
    }

    long customer() {
        return Long.parseLong(customerId);
    }

    LocalDate date() {
        return LocalDate.parse(claimedOn);
    }

    Money money() {
        return Fields.money(amount, currency);
    }

    /** The linked complaint's id; null when none was chosen. */
    Long complaint() {
        return Fields.id(complaintId).orElse(null);
    }
}
