package com.satisfaction.web.complaint;

import com.satisfaction.persistence.complaint.Complaint;
import com.satisfaction.persistence.mail.MailKind;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.web.mail.MailSettings;
import com.satisfaction.web.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The mails to a complaint's owner, in the owner's language: a complaint handed over to them, and a complaint of
 * theirs that is overdue. HTML (template {@code complaints/mail}, the complaint's page as a button) and plain text.
 */
@Component
class ComplaintMails {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final MailSettings settings;

    ComplaintMails(ITemplateEngine templates, MessageSource messages, MailSettings settings) {
        this.templates = templates;
        this.messages = messages;
        this.settings = settings;
    }

    /** Tells {@code newOwner} that {@code actor} handed them the complaint, and why. */
    OutgoingMail handedOver(Complaint complaint, UserAccount newOwner, UserAccount actor, String reason, ZoneId zone) {
        Locale locale = localeOf(newOwner);
        String subject = text("complaints.mail.handover.subject", locale, complaint.getCustomer().getName(),
                text("complaints.category." + complaint.getCategory(), locale));
        List<String> paragraphs = List.of(
                text("complaints.mail.greeting", locale, newOwner.getDisplayName()),
                text("complaints.mail.handover.text", locale, actor.getDisplayName(), complaint.getCustomer().getName(),
                        time(complaint.getReceivedAt(), zone), text("complaints.severity." + complaint.getSeverity(), locale),
                        text("complaints.status." + complaint.getStatus(), locale)),
                text("complaints.mail.handover.reason", locale, reason.strip()),
                text("complaints.mail.description", locale, complaint.getDescription()));
        return mail(MailKind.COMPLAINT_HANDOVER, newOwner, subject, paragraphs, complaint.getId(), locale);
    }

    /** Reminds the owner that the complaint is past a deadline it has not met. */
    OutgoingMail overdue(Complaint complaint, UserAccount owner, Instant deadline, ZoneId zone) {
        Locale locale = localeOf(owner);
        String subject = text("complaints.mail.overdue.subject", locale, complaint.getCustomer().getName(),
                text("complaints.category." + complaint.getCategory(), locale));
        List<String> paragraphs = List.of(
                text("complaints.mail.greeting", locale, owner.getDisplayName()),
                text("complaints.mail.overdue.text", locale, complaint.getCustomer().getName(),
                        time(complaint.getReceivedAt(), zone), text("complaints.severity." + complaint.getSeverity(), locale),
                        text("complaints.status." + complaint.getStatus(), locale), time(deadline, zone)),
                text("complaints.mail.description", locale, complaint.getDescription()));
        return mail(MailKind.COMPLAINT_OVERDUE, owner, subject, paragraphs, complaint.getId(), locale);
    }

    private OutgoingMail mail(MailKind kind, UserAccount to, String subject, List<String> paragraphs, long complaintId,
                              Locale locale) {
        String link = settings.getPublicUrl() + "/complaints/" + complaintId;
        Context context = new Context(locale);
        context.setVariable("subject", subject);
        context.setVariable("paragraphs", paragraphs.stream().map(p -> List.of(p.split("\\R"))).toList());
        context.setVariable("link", link);
        context.setVariable("lang", locale.getLanguage());
        String plain = String.join("\n\n", paragraphs) + "\n\n" + link;
        return new OutgoingMail(null, kind, to.getEmail(), abbreviate(subject), templates.process("complaints/mail", context), plain);
    }

    private static Locale localeOf(UserAccount user) {
        return user.mailLanguage().code().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String time(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone).format(MINUTES);
    }

    private static String abbreviate(String subject) {
        return subject.length() <= 300 ? subject : subject.substring(0, 299) + "…";
    }
}
