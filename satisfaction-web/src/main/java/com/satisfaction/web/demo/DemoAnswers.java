package com.satisfaction.web.demo;

import com.satisfaction.core.survey.Language;
import com.satisfaction.web.answering.EnteredAnswers;
import com.satisfaction.web.answering.Questionnaire;
import com.satisfaction.web.answering.ResponseSubmission;
import com.satisfaction.web.campaign.CampaignForm;
import com.satisfaction.web.campaign.CampaignSetup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A half-year's campaign to every contact, made two weeks into the half-year, and the answers of most of its links,
 * each in the link's language at a moment of the half-year, scored after the customer's mood with some spread.
 */
@DemoOnly
@Component
class DemoAnswers {

    private static final String[] SUGGESTIONS_ZH = {"希望进一步缩短交货周期，特别是紧急订单。", "包装可以再加强，运输中偶有磕碰。",
            "技术支持响应很快，感谢！", "建议提供更详细的检验报告（PPAP 资料）。", "价格方面希望有更大的竞争力。",
            "新品开发速度可以再快一些。", "质量稳定，继续保持。", "希望业务人员更主动地反馈订单进度。"};
    private static final String[] SUGGESTIONS_EN = {"Please shorten lead times for urgent orders.",
            "Packaging could be sturdier; some parts arrive scratched.", "Technical support answers quickly, thank you!",
            "We would like more detailed inspection reports (PPAP documents).", "Prices should be more competitive.",
            "Quality is stable, keep it up."};

    private record Link(String token, long customerId, String language) {
    }

    private final CampaignSetup campaigns;
    private final ResponseSubmission submission;
    private final JdbcTemplate jdbc;
    private final DemoClock clock;

    DemoAnswers(CampaignSetup campaigns, ResponseSubmission submission, JdbcTemplate jdbc, DemoClock clock) {
        this.campaigns = campaigns;
        this.submission = submission;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs the half-year's campaign; returns how many links were answered. */
    int run(DemoHalfYear half, DemoSurvey.Questions survey, Map<Long, DemoCustomer> customers, double answerRate,
            Random random) {
        LocalDate closesOn = half.period().endDate().minusDays(14);
        String period = half.period().toString();
        var defaults = CampaignForm.defaults(period, closesOn);
        var form = new CampaignForm(String.valueOf(survey.surveyId()), period + " 客户满意度调查 / Customer satisfaction survey",
                period, defaults.closesOn(), defaults.reminderDays(), "80", defaults.invitationZh(),
                defaults.invitationEn(), defaults.reminderZh(), defaults.reminderEn(), defaults.selection(), null, false,
                List.of(), "demo-" + period);
        Instant sent = half.at(0.05, 60);
        var created = clock.at(sent, () -> campaigns.create(form));
        long campaignId = ((CampaignSetup.Created) created).campaignId();
        List<Link> links = jdbc.query("SELECT token, customer_id, language FROM recipient WHERE campaign_id = ? ORDER BY id",
                (row, n) -> new Link(row.getString(1), row.getLong(2), row.getString(3)), campaignId);
        Instant lastAnswer = closesOn.atTime(17, 0).atZone(half.zone()).toInstant();
        int answered = 0;
        for (Link link : links) {
            if (random.nextDouble() >= answerRate) {
                continue;
            }
            DemoCustomer customer = customers.get(link.customerId());
            double mood = Math.max(1, Math.min(5, customer.mood() + random.nextGaussian() * 0.25));
            Language language = "en".equals(link.language()) ? Language.EN : Language.ZH;
            EnteredAnswers answers = answers(survey, mood, language, random);
            Instant answeredAt = half.at(0.06 + random.nextDouble() * (half.past() ? 0.8 : 0.9), random.nextInt(540));
            // late in the current half-year the campaign has closed already: its answers came before
            Instant moment = answeredAt.isBefore(lastAnswer) ? answeredAt : lastAnswer;
            Instant afterInvitation = moment.isAfter(sent) ? moment : sent.plusSeconds(600);
            var outcome = clock.at(afterInvitation,
                    () -> submission.submitToLink(link.token(), answers, Optional.of(language)));
            if (!(outcome instanceof ResponseSubmission.Accepted)) {
                throw new IllegalStateException("A demo answer was not accepted: " + outcome);
            }
            answered++;
        }
        return answered;
    }

    private static EnteredAnswers answers(DemoSurvey.Questions survey, double mood, Language language, Random random) {
        Map<String, String[]> fields = new HashMap<>();
        for (DemoSurvey.Question question : survey.all()) {
            String value = switch (question.type()) {
                case LIKERT5, CSAT -> String.valueOf(around(mood, 0.6, 1, 5, random));
                case NPS -> String.valueOf(around(mood * 2.4 - 1.6, 1.0, 0, 10, random));
                case CES -> String.valueOf(around(mood * 1.4, 0.9, 1, 7, random));
                case TEXT -> random.nextDouble() < 0.4 ? suggestion(language, random) : "";
                default -> throw new IllegalStateException("The demo survey asks no " + question.type());
            };
            fields.put(Questionnaire.fieldOf(question.id()), new String[]{value});
        }
        return new EnteredAnswers(fields);
    }

    private static int around(double centre, double spread, int low, int high, Random random) {
        return (int) Math.max(low, Math.min(high, Math.round(centre + random.nextGaussian() * spread)));
    }

    private static String suggestion(Language language, Random random) {
        String[] texts = language == Language.EN ? SUGGESTIONS_EN : SUGGESTIONS_ZH;
        return texts[random.nextInt(texts.length)];
    }
}
