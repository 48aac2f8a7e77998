package com.satisfaction.web.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the register says of a customer, as the form (and each import row) gives it. The annual value is text so
 * that "12,5" or "-3" is a message beside the field, not a conversion failure; {@link #CODE} and the value's pattern
 * match the columns ({@code VARCHAR(40)}, {@code NUMERIC(18, 2)} and its CHECK).
 */
public record CustomerForm(
        @NotBlank(message = "{customer.code.required}")
        @Pattern(regexp = CODE, message = "{customer.code.pattern}")
        String code,
        @NotBlank(message = "{customer.name.required}") @Size(max = 200, message = "{customer.name.size}")
        String name,
        @Size(max = 100, message = "{customer.region.size}")
        String region,
        @Size(max = 100, message = "{customer.industry.size}")
        String industry,
        @Size(max = 30, message = "{customer.valueTier.size}")
        String valueTier,
        @Pattern(regexp = "(\\d{1,16}(\\.\\d{1,2})?)?", message = "{customer.annualValue.pattern}")
        String annualValue,
        Boolean keyAccount) {

    static final String CODE = "[A-Za-z0-9._-]{1,40}";

    public CustomerForm {
        code = strip(code);
        name = strip(name);
        region = strip(region);
        industry = strip(industry);
        valueTier = strip(valueTier);
        annualValue = strip(annualValue);
    }

    static CustomerForm blank() {
        return new CustomerForm("", "", "", "", "", "", false);
    }

    boolean keyAccountOrFalse() {
        return Boolean.TRUE.equals(keyAccount);
    }

    static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
