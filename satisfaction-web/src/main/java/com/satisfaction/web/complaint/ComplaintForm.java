package com.satisfaction.web.complaint;

import com.satisfaction.core.complaint.Category;
import com.satisfaction.core.complaint.Channel;
import com.satisfaction.core.complaint.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Recording or editing a complaint: customer (fixed once recorded), contact, channel, category, severity, description
 * and when it was received (the browser's local date and time). {@code responseId}/{@code questionId} name the survey
 * answer it is made from, {@code version} the complaint's version an edit started from. Fields are read as text and
 * parsed once valid, so a letter in a number field is a message by the field.
 */
public record ComplaintForm(
        @NotBlank(message = "{complaints.customer.required}") @Pattern(regexp = "|[0-9]{1,18}", message = "{complaints.customer.required}")
        String customerId,
        @Pattern(regexp = "|[0-9]{1,18}", message = "{complaints.contact.invalid}")
        String contactId,
        @NotBlank(message = "{complaints.channel.required}") @Pattern(regexp = "|PHONE|EMAIL|VISIT|SURVEY|OTHER", message = "{complaints.channel.required}")
        String channel,
        @NotBlank(message = "{complaints.category.required}") @Pattern(regexp = "|QUALITY|DELIVERY|PACKAGING|SERVICE|PRICE|OTHER", message = "{complaints.category.required}")
        String category,
        @NotBlank(message = "{complaints.severity.required}") @Pattern(regexp = "|LOW|MEDIUM|HIGH|CRITICAL", message = "{complaints.severity.required}")
        String severity,
        @NotBlank(message = "{complaints.description.required}") @Size(max = 4000, message = "{complaints.description.size}")
        String description,
        @NotBlank(message = "{complaints.receivedAt.required}") @Pattern(regexp = "|(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?", message = "{complaints.receivedAt.invalid}")
        String receivedAt,
        @Pattern(regexp = "|[0-9]{1,18}", message = "{complaints.source.invalid}")
        String responseId,
        @Pattern(regexp = "|[0-9]{1,18}", message = "{complaints.source.invalid}")
        String questionId,
        @Pattern(regexp = "|[0-9]{1,18}", message = "{complaints.stale}")
        String version) {

    /** Ids arrive from hidden fields and links; surrounding blanks are not part of them. */
    public ComplaintForm {
        customerId = strip(customerId);
        contactId = strip(contactId);
        responseId = strip(responseId);
        questionId = strip(questionId);
        version = strip(version);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    static ComplaintForm blank(LocalDateTime now) {
        return new ComplaintForm("", "", "", "", "", "", minutes(now), "", "", "");
    }

    static String minutes(LocalDateTime time) {
        return time.withSecond(0).withNano(0).toString().substring(0, 16);
    }

    Optional<Long> customer() {
        return number(customerId);
    }

    Optional<Long> contact() {
        return number(contactId);
    }

    Optional<Long> response() {
        return number(responseId);
    }

    Optional<Long> question() {
        return number(questionId);
    }

    Optional<Long> expectedVersion() {
        return number(version);
    }

    Channel chosenChannel() {
        return Channel.valueOf(channel);
    }

    Category chosenCategory() {
        return Category.valueOf(category);
    }

    Severity chosenSeverity() {
        return Severity.valueOf(severity);
    }

    /** The time received; empty when missing or not a time of the calendar (2026-02-30T25:00). */
    Optional<LocalDateTime> received() {
        try {
            return receivedAt == null ? Optional.empty() : Optional.of(LocalDateTime.parse(receivedAt));
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    private static Optional<Long> number(String text) {
        return text != null && text.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }
}
