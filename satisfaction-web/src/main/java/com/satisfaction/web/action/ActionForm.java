package com.satisfaction.web.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * What a manager says of an action: title, description, owner department and owner, due date; and, for a new action,
 * the source it is made from (a complaint, or one answer of a response; none: by hand). Numbers and the date are read
 * as text and checked here, so a letter in them is a message by the field rather than a conversion failure. The
 * source ids are only pointers: the service looks them up again and refuses what does not exist. A new action's form
 * carries a random submission key, so that posting it twice (a double click) creates one action.
 */
public record ActionForm(
        @NotBlank(message = "{actions.title.required}") @Size(max = 200, message = "{actions.title.size}")
        String title,
        @Size(max = 4000, message = "{actions.description.size}")
        String description,
        @NotBlank(message = "{actions.department.required}") @Size(max = 100, message = "{actions.department.size}")
        String ownerDepartment,
        @NotBlank(message = "{actions.owner.required}") @Pattern(regexp = "|[0-9]{1,18}", message = "{actions.owner.required}")
        String ownerId,
        @NotBlank(message = "{actions.dueDate.required}") @Pattern(regexp = "|[0-9]{4}-[0-9]{2}-[0-9]{2}", message = "{actions.dueDate.invalid}")
        String dueDate,
        @Pattern(regexp = "|[0-9]{1,18}", message = "{actions.source.unknown}") String complaintId,
        @Pattern(regexp = "|[0-9]{1,18}", message = "{actions.source.unknown}") String responseId,
        @Pattern(regexp = "|[0-9]{1,18}", message = "{actions.source.unknown}") String questionId,
        @Pattern(regexp = "|20[0-9]{2}-H[12]", message = "{actions.source.unknown}") String flagPeriod,
        @Pattern(regexp = "|[0-9]{1,18}", message = "{actions.source.unknown}") String flagCustomerId,
        @Pattern(regexp = "|[A-Z_]{1,40}", message = "{actions.source.unknown}") String flagCode,
        @Pattern(regexp = "[A-Za-z0-9-]{0,64}", message = "{actions.submissionKey.invalid}") String submissionKey) {

    /** Due dates before this or after {@link #LATEST_DUE} are typing mistakes. */
    static final LocalDate EARLIEST_DUE = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST_DUE = LocalDate.of(2099, 12, 31);

    public ActionForm {
        title = strip(title);
        description = strip(description);
        ownerDepartment = strip(ownerDepartment);
        ownerId = strip(ownerId);
        dueDate = strip(dueDate);
        complaintId = strip(complaintId);
        responseId = strip(responseId);
        questionId = strip(questionId);
        flagPeriod = strip(flagPeriod);
        flagCustomerId = strip(flagCustomerId);
        flagCode = strip(flagCode);
        submissionKey = strip(submissionKey);
    }

    /** A blank form for {@code owner}, due on {@code due}, made from the given source (ids may be null). */
    static ActionForm of(String title, String description, Long owner, LocalDate due, Long complaint, Long response,
                         Long question) {
        return new ActionForm(title, description, "", owner == null ? "" : owner.toString(), due.toString(),
                text(complaint), text(response), text(question), "", "", "", UUID.randomUUID().toString());
    }

    /** A blank form for {@code owner}, due on {@code due}, made from a review flag of a customer's half-year. */
    static ActionForm ofFlag(String title, String description, Long owner, LocalDate due, String period,
                             long customer, String flag) {
        return new ActionForm(title, description, "", owner == null ? "" : owner.toString(), due.toString(), "", "",
                "", period, Long.toString(customer), flag, UUID.randomUUID().toString());
    }

    /** The due date; empty when it is not a date of the calendar (2026-02-30) or lies outside 2000–2099. */
    Optional<LocalDate> due() {
        try {
            LocalDate date = dueDate == null || dueDate.isEmpty() ? null : LocalDate.parse(dueDate);
            return date == null || date.isBefore(EARLIEST_DUE) || date.isAfter(LATEST_DUE)
                    ? Optional.empty() : Optional.of(date);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    Optional<Long> owner() {
        return number(ownerId);
    }

    Optional<Long> complaint() {
        return number(complaintId);
    }

    Optional<Long> response() {
        return number(responseId);
    }

    Optional<Long> question() {
        return number(questionId);
    }

    Optional<Long> flagCustomer() {
        return number(flagCustomerId);
    }

    /** Whether the form names any part of a review flag (period, customer, flag). */
    boolean namesAFlag() {
        return !isEmpty(flagPeriod) || !isEmpty(flagCustomerId) || !isEmpty(flagCode);
    }

    /** Whether the form names a source at all (a complaint, any part of an answer or of a review flag). */
    boolean namesASource() {
        return !isEmpty(complaintId) || !isEmpty(responseId) || !isEmpty(questionId) || namesAFlag();
    }

    /** The form's submission key; empty when it has none. */
    Optional<String> key() {
        return submissionKey == null || submissionKey.isEmpty() ? Optional.empty() : Optional.of(submissionKey);
    }

    private static Optional<Long> number(String value) {
        return value != null && value.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(value)) : Optional.empty();
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }

    private static String text(Long id) {
        return id == null ? "" : id.toString();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
