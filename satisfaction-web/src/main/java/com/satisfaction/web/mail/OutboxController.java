package com.satisfaction.web.mail;

import com.satisfaction.persistence.mail.MailStatus;
import com.satisfaction.persistence.mail.OutboxRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outbox page: every mail the application wrote, newest first, with its text and link, so that without a mail
 * server the managers can still hand the links over. Shows personal links: QUALITY_MANAGER and ADMIN only.
 */
@Controller
class OutboxController {

    private static final String VIEW_OUTBOX = "mail/outbox";
    private static final int PAGE_SIZE = 50;

    private final OutboxRepository outbox;
    private final MailSettings settings;

    OutboxController(OutboxRepository outbox, MailSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    @GetMapping("/mail/outbox")
    String outbox(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("mails", outbox.findAllByOrderByIdDesc(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("queued", outbox.countByStatus(MailStatus.QUEUED));
        model.addAttribute("server", settings.hasServer());
        return VIEW_OUTBOX;
    }
}
