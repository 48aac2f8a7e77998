package com.satisfaction.web.campaign;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.ResponseRate;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.persistence.campaign.Campaign;
import com.satisfaction.persistence.campaign.CampaignRepository;
import com.satisfaction.persistence.customer.ContactRow;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.mail.MailKind;
import com.satisfaction.persistence.response.RecipientRepository;
import com.satisfaction.persistence.response.RecipientRow;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.survey.SurveyRepository;
import com.satisfaction.persistence.survey.SurveyStatus;
import com.satisfaction.web.answering.LinkTokens;
import com.satisfaction.web.mail.MailSettings;
import com.satisfaction.web.mail.Outbox;
import com.satisfaction.web.mail.OutgoingMail;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Creates a campaign with its recipients (one per contact, each with a fresh 128-bit token, in the contact's
 * language) and queues its invitations, all in one transaction and in bulk; closes it; reminds now; and reads its
 * page. Mails leave through the outbox, never from here.
 */
@Service
public class CampaignSetup {

    /** What became of a request to create a campaign. */
    public sealed interface Creation {
    }

    /** The campaign, made now or by an earlier post of the same form. */
    public record Created(long campaignId) implements Creation {
    }

    /** The survey is not published (any more); nothing was created. */
    public record SurveyNotPublished() implements Creation {
    }

    /** The selection holds no contact; nothing was created. */
    public record NoRecipients() implements Creation {
    }

    static final int PAGE_SIZE = 50;

    private static final String INSERT_RECIPIENT = "INSERT INTO recipient (token, survey_id, campaign_id, customer_id, "
            + "contact_id, language, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final CampaignRepository campaigns;
    private final SurveyRepository surveys;
    private final CustomerRepository customers;
    private final RecipientRepository recipients;
    private final LinkTokens tokens;
    private final CampaignMails mails;
    private final Outbox outbox;
    private final MailSettings settings;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CampaignSetup(CampaignRepository campaigns, SurveyRepository surveys, CustomerRepository customers,
                  RecipientRepository recipients, LinkTokens tokens, CampaignMails mails, Outbox outbox,
                  MailSettings settings, JdbcTemplate jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.surveys = surveys;
        this.customers = customers;
        this.recipients = recipients;
        this.tokens = tokens;
        this.mails = mails;
        this.outbox = outbox;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Creation create(CampaignForm form) {
        Optional<Campaign> alreadyMade = madeBy(form);
        if (alreadyMade.isPresent()) {
            return new Created(alreadyMade.get().getId());
        }
        Optional<Survey> survey = form.survey().flatMap(surveys::findById).filter(s -> s.getStatus() == SurveyStatus.PUBLISHED);
        if (survey.isEmpty()) {
            return new SurveyNotPublished();
        }
        List<ContactRow> contacts = contactsOf(form);
        if (contacts.isEmpty()) {
            return new NoRecipients();
        }
        Instant now = clock.instant();
        Campaign campaign = new Campaign(survey.get(), form.name().strip(), Period.of(form.period()), now);
        campaign.plan(form.invitationZh(), form.invitationEn(), form.reminderZh(), form.reminderEn(),
                form.reminderInterval(), form.targetRate());
        campaign.closeAt(closingTimeOf(form.closingDate().orElseThrow()));
        campaign.open();
        if (form.submissionKey() != null && !form.submissionKey().isBlank()) {
            campaign.createdBy(form.submissionKey());
        }
        long campaignId = campaigns.saveAndFlush(campaign).getId();

        Map<Long, String> tokenOfContact = new HashMap<>();
        contacts.forEach(contact -> tokenOfContact.put(contact.contactId(), tokens.next()));
        Timestamp created = Timestamp.from(now);
        jdbc.batchUpdate(INSERT_RECIPIENT, contacts, 500, (statement, contact) -> {
            statement.setString(1, tokenOfContact.get(contact.contactId()));
            statement.setLong(2, survey.get().getId());
            statement.setLong(3, campaignId);
            statement.setLong(4, contact.customerId());
            statement.setLong(5, contact.contactId());
            statement.setString(6, "en".equals(contact.language()) ? "en" : "zh");
            statement.setTimestamp(7, created);
        });
        Map<String, Long> idOfToken = new HashMap<>();
        jdbc.query("SELECT id, token FROM recipient WHERE campaign_id = ?",
                row -> { idOfToken.put(row.getString(2), row.getLong(1)); }, campaignId);

        CampaignMails.Letter letter = letterOf(campaign);
        List<OutgoingMail> invitations = new ArrayList<>();
        for (ContactRow contact : contacts) {
            if (contact.hasEmail()) {
                String token = tokenOfContact.get(contact.contactId());
                invitations.add(mails.mail(letter, MailKind.INVITATION, idOfToken.get(token), contact.email().strip(),
                        contact.language(), contact.name(), contact.company(), token));
            }
        }
        outbox.queue(invitations);
        return new Created(campaignId);
    }

    /** The invitation as a sample contact of a sample company would read it, in {@code language}. */
    CampaignMails.Rendered preview(CampaignForm form, String language, String sampleContact, String sampleCompany) {
        var survey = form.survey().flatMap(surveys::findById);
        var title = survey.map(Survey::title).orElse(com.satisfaction.core.survey.LocalizedText.of("", ""));
        LocalDate deadline = form.closingDate().orElse(LocalDate.now(clock));
        var letter = new CampaignMails.Letter(title, nonNull(form.invitationZh()), nonNull(form.invitationEn()),
                nonNull(form.reminderZh()), nonNull(form.reminderEn()), deadline);
        return mails.render(letter, MailKind.INVITATION, language, sampleContact, sampleCompany, "PREVIEW-LINK");
    }

    /** Queues a reminder now to every recipient of an open campaign who has not answered and has an e-mail. */
    @Transactional
    public int remindNow(long campaignId) {
        Campaign campaign = campaigns.lockById(campaignId).orElse(null);
        if (campaign == null || campaign.isClosedAt(clock.instant())) {
            return 0;
        }
        List<Long> ids = recipients.unansweredWithLastMail(campaignId).stream().map(row -> ((Number) row[0]).longValue()).toList();
        return queueReminders(campaign, ids);
    }

    /** Queues reminders to the given recipients of {@code campaign} (callers chose them: not answered, with an e-mail). */
    int queueReminders(Campaign campaign, List<Long> recipientIds) {
        if (recipientIds.isEmpty()) {
            return 0;
        }
        CampaignMails.Letter letter = letterOf(campaign);
        Set<Long> wanted = Set.copyOf(recipientIds);
        List<OutgoingMail> reminders = new ArrayList<>();
        jdbc.query("SELECT r.id, r.token, r.language, ct.name, ct.email, cu.name FROM recipient r "
                        + "JOIN contact ct ON ct.id = r.contact_id JOIN customer cu ON cu.id = r.customer_id "
                        + "WHERE r.campaign_id = ? AND r.answered_at IS NULL",
                row -> {
                    long id = row.getLong(1);
                    if (wanted.contains(id)) {
                        reminders.add(mails.mail(letter, MailKind.REMINDER, id, row.getString(5).strip(), row.getString(3),
                                row.getString(4), row.getString(6), row.getString(2)));
                    }
                }, campaign.getId());
        outbox.queue(reminders);
        return reminders.size();
    }

    /** The campaign an earlier post of the same form made, if any (see {@link CampaignForm#submissionKey()}). */
    @Transactional(readOnly = true)
    public Optional<Campaign> madeBy(CampaignForm form) {
        return form.submissionKey() == null || form.submissionKey().isBlank() ? Optional.empty()
                : campaigns.findBySubmissionKey(form.submissionKey());
    }

    @Transactional
    public boolean close(long campaignId) {
        return campaigns.findById(campaignId).map(campaign -> {
            campaign.close();
            return true;
        }).orElse(false);
    }

    @Transactional(readOnly = true)
    public Optional<CampaignPage> page(long campaignId, boolean notAnswered, boolean failed, int page,
                                       boolean tokensVisible) {
        return campaigns.findById(campaignId).map(campaign -> {
            var figures = recipients.figuresOfCampaign(campaignId, !settings.hasServer());
            var rate = ResponseRate.answered(figures.answered()).ofSent(figures.sent())
                    .map(r -> r.withTarget(Score.of(campaign.getTargetResponseRate())));
            Page<RecipientRow> rows = recipients.rowsOfCampaign(campaignId, notAnswered, failed,
                    PageRequest.of(Math.max(page, 0), PAGE_SIZE));
            if (!tokensVisible) {
                rows = rows.map(RecipientRow::withoutToken);
            }
            LocalDate closesOn = campaign.getClosesAt() == null ? null
                    : campaign.getClosesAt().atZone(zone()).toLocalDate().minusDays(1);
            return new CampaignPage(campaignId, campaign.getName(), campaign.period().toString(), campaign.getStatus(),
                    campaign.isClosedAt(clock.instant()), campaign.getSurvey().getId(), campaign.getSurvey().title(),
                    closesOn, campaign.getReminderDays(), campaign.getTargetResponseRate(), figures, rate,
                    recipients.coverageOfCampaign(campaignId), rows, tokensVisible, settings.linkOf(""));
        });
    }

    CampaignMails.Letter letterOf(Campaign campaign) {
        LocalDate deadline = campaign.getClosesAt() == null ? LocalDate.now(clock)
                : campaign.getClosesAt().atZone(zone()).toLocalDate().minusDays(1);
        return new CampaignMails.Letter(campaign.getSurvey().title(), campaign.invitation("zh"), campaign.invitation("en"),
                campaign.reminder("zh"), campaign.reminder("en"), deadline);
    }

    /** A campaign closes at the end of its closing day, in the application's time zone. */
    Instant closingTimeOf(LocalDate closesOn) {
        return closesOn.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private List<ContactRow> contactsOf(CampaignForm form) {
        return switch (form.chosen()) {
            case ALL -> customers.activeContacts(null, false);
            case FILTER -> customers.activeContacts(blankToNull(form.region()), form.keyAccounts());
            case PICK -> form.pickedCustomers().isEmpty() ? List.of() : customers.activeContactsOf(form.pickedCustomers());
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
