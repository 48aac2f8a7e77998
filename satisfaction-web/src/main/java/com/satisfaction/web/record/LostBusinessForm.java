package com.satisfaction.web.record;

import com.satisfaction.core.record.Currencies;
import com.satisfaction.core.record.LostBusinessKind;
import com.satisfaction.core.record.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Lost business as the form gives it, every field as text. A lost product line must be named (a lost customer's line
 * is ignored); the estimated annual value is optional and, when given, read exactly with its currency.
 */
public record LostBusinessForm(
        @NotBlank(message = "{records.customer.required}") @Pattern(regexp = Fields.ID, message = "{records.customer.required}")
        String customerId,
        @NotBlank(message = "{records.lost.kind.required}") @Pattern(regexp = "|CUSTOMER|PRODUCT_LINE", message = "{records.lost.kind.required}")
        String kind,
        @Size(max = 200, message = "{records.lost.productLine.size}")
        String productLine,
        @NotBlank(message = "{records.date.required}") @Pattern(regexp = Fields.DATE, message = "{records.date.invalid}")
        String lostOn,
        @NotBlank(message = "{records.lost.reason.required}") @Size(max = 2000, message = "{records.lost.reason.size}")
        String reason,
        String estimatedValue,
        String currency) {

    public LostBusinessForm {
        customerId = Fields.strip(customerId);
        kind = Fields.strip(kind);
        productLine = Fields.strip(productLine);
        lostOn = Fields.strip(lostOn);
        reason = Fields.strip(reason);
        estimatedValue = Fields.strip(estimatedValue);
        currency = Fields.strip(currency);
    }

    /** A new lost customer of today, value unknown (in the default currency when given), for the customer given. */
    static LostBusinessForm blank(String customerId, LocalDate today) {
        return new LostBusinessForm(Fields.id(customerId).map(String::valueOf).orElse(""),
                LostBusinessKind.CUSTOMER.name(), "", today.toString(), "", "", Currencies.DEFAULT.getCurrencyCode());
    }

    /**
     * What Bean Validation cannot see: a day that has come, a named line for a lost product line, and an estimated
     * value (when given) read exactly in an offered currency.
     */
    List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if ("PRODUCT_LINE".equals(kind) && (productLine == null || productLine.isEmpty())) {
            problems.add(new FieldProblem("productLine", "records.lost.productLine.required"));
        }
        Fields.checkDate("lostOn", lostOn, today, problems);
        if (hasValue()) {
            Fields.checkAmount("estimatedValue", estimatedValue, problems);
            Fields.checkCurrency("currency", currency, problems);
        }
        return problems;
    }

    long customer() {
        return Long.parseLong(customerId);
    }

    LostBusinessKind lostKind() {
        return LostBusinessKind.valueOf(kind);
    }

    /** The product line of a lost line; null for a lost customer. */
    String line() {
        return lostKind().needsProductLine() ? productLine : null;
    }

    LocalDate date() {
        return LocalDate.parse(lostOn);
    }

    /** The estimated annual value; null when not given. */
    Money value() {
        return hasValue() ? Fields.money(estimatedValue, currency) : null;
    }

    private boolean hasValue() {
        return estimatedValue != null && !estimatedValue.isEmpty();
    }
}
