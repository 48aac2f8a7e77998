package com.satisfaction.web.delivery;

import com.satisfaction.core.delivery.DeliveryRules;
import com.satisfaction.core.delivery.DeliveryRules.Refused;
import com.satisfaction.core.delivery.DeliveryRules.Value;
import com.satisfaction.core.delivery.LineProblem;
import com.satisfaction.core.delivery.LineProblem.Field;
import com.satisfaction.core.delivery.MovementKind;
import com.satisfaction.core.period.Period;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A delivery or return as typed: a lot on a day, or a per-period total. Every value is text, checked by the core's
 * rules (the same as an ERP file's rows), so that "12,5" or "-3" is a message beside its field, never a conversion
 * failure; {@link #check} adds the rules that depend on the kind and the scope.
 */
public record MovementForm(
        String kind,
        @NotBlank(message = "{deliveries.problem.CUSTOMER.REQUIRED}")
        @Pattern(regexp = "|[0-9]{1,18}", message = "{deliveries.problem.CUSTOMER.REQUIRED}")
        String customerId,
        String lot,
        String day,
        String period,
        String quantity,
        String defectReason,
        @Size(max = 1000, message = "{deliveries.notes.size}")
        String notes) {

    public MovementForm {
        kind = strip(kind);
        customerId = strip(customerId);
        lot = strip(lot);
        day = strip(day);
        period = strip(period);
        quantity = strip(quantity);
        defectReason = strip(defectReason);
        notes = strip(notes);
    }

    static MovementForm blank(MovementKind kind, String customerId, Period period) {
        return new MovementForm(kind.name(), customerId, "", "", period.toString(), "", "", "");
    }

    /** The message key of a core problem, shared by the form and the import ({@code deliveries.problem.LOT.REQUIRED}). */
    static String messageKey(LineProblem problem) {
        return "deliveries.problem." + problem.field() + "." + problem.reason();
    }

    /** The kind chosen; empty when the request names none the page offers. */
    Optional<MovementKind> chosenKind() {
        return "DELIVERY".equals(kind) ? Optional.of(MovementKind.DELIVERY)
                : "RETURN".equals(kind) ? Optional.of(MovementKind.RETURN) : Optional.empty();
    }

    /** The rules of the kind and scope; {@code kind} is the stored row's when editing, else the chosen one. */
    void check(Scope scope, MovementKind kind, Errors errors) {
        if (kind == null) {
            errors.rejectValue("kind", messageKey(new LineProblem(Field.KIND, LineProblem.Reason.REQUIRED)));
        }
        if (scope == Scope.LOT) {
            DeliveryRules.lotProblem(lot).ifPresent(reason -> reject(errors, "lot", Field.LOT, reason));
            if (DeliveryRules.date(day) instanceof Refused<LocalDate> refused) {
                reject(errors, "day", Field.DATE, refused.reason());
            }
            if (kind == MovementKind.RETURN) {
                DeliveryRules.defectReasonProblem(defectReason)
                        .ifPresent(reason -> reject(errors, "defectReason", Field.DEFECT_REASON, reason));
            }
        } else if (totalPeriod().isEmpty()) {
            errors.rejectValue("period", "deliveries.period.invalid");
        }
        if (scope == Scope.PERIOD && defectReason != null && defectReason.length() > DeliveryRules.REASON_MAX) {
            reject(errors, "defectReason", Field.DEFECT_REASON, LineProblem.Reason.TOO_LONG);
        }
        if (DeliveryRules.quantity(quantity) instanceof Refused<Long> refused) {
            reject(errors, "quantity", Field.QUANTITY, refused.reason());
        }
    }

    private static void reject(Errors errors, String name, Field field, LineProblem.Reason reason) {
        errors.rejectValue(name, messageKey(new LineProblem(field, reason)));
    }

    long customer() {
        return Long.parseLong(customerId);
    }

    LocalDate date() {
        return ((Value<LocalDate>) DeliveryRules.date(day)).value();
    }

    long units() {
        return ((Value<Long>) DeliveryRules.quantity(quantity)).value();
    }

    Optional<Period> totalPeriod() {
        try {
            return period == null ? Optional.empty() : Optional.of(Period.of(period));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String reason() {
        return blankToNull(defectReason);
    }

    String note() {
        return blankToNull(notes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
