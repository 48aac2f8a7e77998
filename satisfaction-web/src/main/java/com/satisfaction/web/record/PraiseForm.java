package com.satisfaction.web.record;

import com.satisfaction.core.record.PraiseType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Praise as the form gives it, every field as text so that a wrong value is a message beside its field. */
public record PraiseForm(
        @NotBlank(message = "{records.customer.required}") @Pattern(regexp = Fields.ID, message = "{records.customer.required}")
        String customerId,
        @NotBlank(message = "{records.date.required}") @Pattern(regexp = Fields.DATE, message = "{records.date.invalid}")
        String praisedOn,
        @NotBlank(message = "{records.praise.type.required}") @Pattern(regexp = "|WRITTEN|SPOKEN", message = "{records.praise.type.required}")
        String type,
        @NotBlank(message = "{records.praise.praised.required}") @Size(max = 200, message = "{records.praise.praised.size}")
        String praised,
        @NotBlank(message = "{records.praise.text.required}") @Size(max = 4000, message = "{records.praise.text.size}")
        String text) {

    public PraiseForm {
        customerId = Fields.strip(customerId);
        praisedOn = Fields.strip(praisedOn);
        type = Fields.strip(type);
        praised = Fields.strip(praised);
        text = Fields.strip(text);
    }

    /** A new praise of today, written, for the customer when one is given. */
    static PraiseForm blank(String customerId, LocalDate today) {
        return new PraiseForm(Fields.id(customerId).map(String::valueOf).orElse(""), today.toString(),
                PraiseType.WRITTEN.name(), "", "");
    }

    /** What Bean Validation cannot see: a day of the calendar that has come. */
    List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Fields.checkDate("praisedOn", praisedOn, today, problems);
        return problems;
    }

    long customer() {
        return Long.parseLong(customerId);
    }

    LocalDate date() {
        return LocalDate.parse(praisedOn);
    }

    PraiseType praiseType() {
        return PraiseType.valueOf(type);
    }
}
