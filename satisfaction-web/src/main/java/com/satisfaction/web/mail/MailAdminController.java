package com.satisfaction.web.mail;

import com.satisfaction.persistence.mail.MailKind;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The administrator's mail page: the settings in force (never the password) and a test mail, sent at once through
 * the configured server, or put in the outbox when there is none.
 */
@Controller
@RequestMapping("/admin/mail")
class MailAdminController {

    private static final String VIEW_MAIL = "admin/mail";

    /** Where to send the test mail. */
    record TestMailForm(@NotBlank(message = "{mail.test.to.required}") @Email(message = "{mail.test.to.invalid}") String to) {
    }

    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> sender;
    private final Outbox outbox;
    private final MessageSource messages;

    MailAdminController(MailSettings settings, ObjectProvider<JavaMailSender> sender, Outbox outbox,
                        MessageSource messages) {
        this.settings = settings;
        this.sender = sender;
        this.outbox = outbox;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("settings", settings);
        model.addAttribute("testMailForm", new TestMailForm(""));
        return VIEW_MAIL;
    }

    @PostMapping("/test")
    String sendTest(@Valid TestMailForm testMailForm, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("settings", settings);
            return VIEW_MAIL;
        }
        String subject = messages.getMessage("mail.test.subject", null, LocaleContextHolder.getLocale());
        String body = messages.getMessage("mail.test.body", null, LocaleContextHolder.getLocale());
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null || !settings.hasServer()) {
            outbox.queue(List.of(new OutgoingMail(null, MailKind.TEST, testMailForm.to(), subject, "<p>" + body + "</p>", body)));
            redirect.addFlashAttribute("message", "mail.test.queued");
            return "redirect:/admin/mail";
        }
        try {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.getFrom());
            helper.setTo(testMailForm.to());
            helper.setSubject(subject);
            helper.setText(body);
            mailSender.send(message);
            redirect.addFlashAttribute("message", "mail.test.sent");
        } catch (MailException | MessagingException failure) {
            redirect.addFlashAttribute("message", "mail.test.failed");
        }
        return "redirect:/admin/mail";
    }
}
