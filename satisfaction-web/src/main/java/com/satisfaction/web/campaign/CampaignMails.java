package com.satisfaction.web.campaign;

import com.satisfaction.core.campaign.MailText;
import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.persistence.mail.MailKind;
import com.satisfaction.web.mail.MailSettings;
import com.satisfaction.web.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a recipient's invitation or reminder in the contact's language: the campaign's text with its placeholders
 * filled, as HTML (the personal link as a button and as text, template {@code mail/message}) and as plain text.
 */
@Component
class CampaignMails {

    /** What a mail needs to know of its campaign. */
    record Letter(LocalizedText surveyTitle, String invitationZh, String invitationEn, String reminderZh,
                  String reminderEn, LocalDate deadline) {

        String text(MailKind kind, String language) {
            boolean english = "en".equals(language);
            return kind == MailKind.REMINDER ? (english ? reminderEn : reminderZh) : (english ? invitationEn : invitationZh);
        }
    }

    /** A mail as the reader sees it, for the outbox or a preview. */
    public record Rendered(String subject, String html, String text) {
    }

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final MailSettings settings;

    CampaignMails(ITemplateEngine templates, MessageSource messages, MailSettings settings) {
        this.templates = templates;
        this.messages = messages;
        this.settings = settings;
    }

    Rendered render(Letter letter, MailKind kind, String language, String contact, String company, String token) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        String link = settings.linkOf(token);
        String written = letter.text(kind, language);
        String text = MailText.fill(written, Map.of(MailText.CONTACT, contact, MailText.COMPANY, company,
                MailText.LINK, link, MailText.DEADLINE, letter.deadline().toString()));
        String plain = MailText.mentionsLink(written) ? text : text + "\n\n" + link;
        String title = "en".equals(language) ? letter.surveyTitle().en() : letter.surveyTitle().zh();
        String subject = messages.getMessage(kind == MailKind.REMINDER ? "mail.subject.reminder" : "mail.subject.invitation",
                new Object[] {title}, locale);
        Context context = new Context(locale);
        context.setVariable("subject", subject);
        context.setVariable("paragraphs", paragraphs(text));
        context.setVariable("link", link);
        context.setVariable("lang", language);
        return new Rendered(subject, templates.process("mail/message", context), plain);
    }

    OutgoingMail mail(Letter letter, MailKind kind, long recipientId, String to, String language, String contact,
                      String company, String token) {
        Rendered rendered = render(letter, kind, language, contact, company, token);
        return new OutgoingMail(recipientId, kind, to, rendered.subject(), rendered.html(), rendered.text());
    }

    private static List<List<String>> paragraphs(String text) {
        return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty())
                .map(p -> List.of(p.split("\\R"))).toList();
    }
}
