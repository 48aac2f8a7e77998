package com.satisfaction.web.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.Optional;

/** A new campaign: survey, period, name, mail texts in both languages, closing date, reminders, target, recipients. */
public record CampaignForm(
        @NotBlank(message = "{campaign.survey.required}") @Pattern(regexp = "|[0-9]{1,18}", message = "{campaign.survey.required}") String surveyId,
        @NotBlank(message = "{campaign.name.required}") @Size(max = 200, message = "{campaign.name.size}") String name,
        @NotBlank(message = "{campaign.period.required}") @Pattern(regexp = "(20[0-9]{2})-H[12]", message = "{campaign.period.invalid}") String period,
        @NotBlank(message = "{campaign.closesOn.required}") @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}", message = "{campaign.closesOn.invalid}") String closesOn,
        @Pattern(regexp = "|[1-9]|[1-5][0-9]|60", message = "{campaign.reminderDays.range}") String reminderDays,
        @NotBlank(message = "{campaign.target.required}") @Pattern(regexp = "100(\\.0)?|[0-9]{1,2}(\\.[0-9])?", message = "{campaign.target.range}") String target,
        @NotBlank(message = "{campaign.text.required}") @Size(max = 4000, message = "{campaign.text.size}") String invitationZh,
        @NotBlank(message = "{campaign.text.required}") @Size(max = 4000, message = "{campaign.text.size}") String invitationEn,
        @NotBlank(message = "{campaign.text.required}") @Size(max = 4000, message = "{campaign.text.size}") String reminderZh,
        @NotBlank(message = "{campaign.text.required}") @Size(max = 4000, message = "{campaign.text.size}") String reminderEn,
        @NotBlank(message = "{campaign.selection.required}") @Pattern(regexp = "ALL|FILTER|PICK", message = "{campaign.selection.required}") String selection,
        String region,
        Boolean keyAccountsOnly,
        List<String> customerIds,
        @Pattern(regexp = "[A-Za-z0-9-]{0,64}", message = "{campaign.submissionKey.invalid}") String submissionKey) {

    static final String INVITATION_ZH = """
            {contact}，您好！

            感谢{company}一直以来的支持。为了更好地为您服务，诚邀您参加我们的客户满意度调查，约需 5 分钟。

            请于 {deadline} 前通过下面的个人链接作答：
            {link}

            此链接仅供您使用，请勿转发。谢谢！""";
    static final String INVITATION_EN = """
            Dear {contact},

            Thank you for {company}'s business. To serve you better, we invite you to our customer satisfaction \
            survey; it takes about five minutes.

            Please answer by {deadline} through your personal link:
            {link}

            The link is yours alone; please do not forward it. Thank you!""";
    static final String REMINDER_ZH = """
            {contact}，您好！

            我们尚未收到您对客户满意度调查的回复。您的意见对我们很重要，请于 {deadline} 前通过下面的链接作答：
            {link}

            如已作答，请忽略本邮件。谢谢！""";
    static final String REMINDER_EN = """
            Dear {contact},

            We have not yet received {company}'s answers to our customer satisfaction survey. Your opinion matters to \
            us; please answer by {deadline}:
            {link}

            If you have already answered, please ignore this mail. Thank you!""";

    /** A new campaign's form: default texts, 70 % target, reminders every 7 days, all active customers. */
    public static CampaignForm defaults(String period, LocalDate closesOn) {
        return new CampaignForm("", "", period, closesOn.toString(), "7", "70", INVITATION_ZH, INVITATION_EN,
                REMINDER_ZH, REMINDER_EN, Selection.ALL.name(), null, false, List.of(), UUID.randomUUID().toString());
    }

    /* Fields are read as text and parsed here, once valid, so that a letter in a number field is a message by the
       field, not a conversion failure that leaves the record without its other values. */

    Optional<Long> survey() {
        return surveyId != null && surveyId.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(surveyId)) : Optional.empty();
    }

    /** The closing date; empty when missing or not a date of the calendar (2026-02-30). */
    Optional<LocalDate> closingDate() {
        try {
            return closesOn == null ? Optional.empty() : Optional.of(LocalDate.parse(closesOn));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    Integer reminderInterval() {
        return reminderDays == null || reminderDays.isBlank() ? null : Integer.valueOf(reminderDays);
    }

    BigDecimal targetRate() {
        return new BigDecimal(target);
    }

    Selection chosen() {
        return Selection.valueOf(selection);
    }

    boolean keyAccounts() {
        return Boolean.TRUE.equals(keyAccountsOnly);
    }

    List<Long> pickedCustomers() {
        return customerIds == null ? List.of()
                : customerIds.stream().filter(id -> id != null && id.matches("[0-9]{1,18}")).map(Long::valueOf).toList();
    }
}
