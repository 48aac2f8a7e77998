package com.satisfaction.web.answering;

import com.satisfaction.core.survey.Language;
import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.core.survey.QuestionDefinition;
import com.satisfaction.core.survey.Scale;
import com.satisfaction.core.survey.SectionDefinition;
import com.satisfaction.core.survey.SurveyDefinition;
import com.satisfaction.persistence.response.Recipient;
import com.satisfaction.persistence.response.RecipientRepository;
import com.satisfaction.persistence.survey.Question;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.survey.SurveyRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A published survey with one question of each kind a customer answers differently, and links to it:
 * <ol>
 *   <li>LIKERT5 "delivery", required, scored 10 points</li>
 *   <li>RATING 1–10 "quality", required, scored 20 points</li>
 *   <li>NPS, required, not scored</li>
 *   <li>CHOICE single "channel" (email / phone), optional</li>
 *   <li>EXPECTATION_PAIR "on time", optional</li>
 *   <li>TEXT "suggestions", optional, at most 10 characters</li>
 * </ol>
 */
@Component
public class SurveyFixture {

    private final SurveyRepository surveys;
    private final RecipientRepository recipients;
    private final TransactionTemplate transaction;

    public SurveyFixture(SurveyRepository surveys, RecipientRepository recipients, TransactionTemplate transaction) {
        this.surveys = surveys;
        this.recipients = recipients;
        this.transaction = transaction;
    }

    public record Published(long surveyId, List<Long> questionIds) {
        public String field(int number) {
            return "q" + questionIds.get(number - 1);
        }
    }

    public Published publishedSurvey() {
        SurveyDefinition definition = SurveyDefinition.of(t("服务调查", "Service survey"), t("请回答。", "Please answer."),
                SectionDefinition.of(t("交付", "Delivery"),
                        QuestionDefinition.likert5(t("交货及时", "Delivery on time")),
                        QuestionDefinition.rating(t("产品质量", "Product quality"), Scale.ONE_TO_TEN, t("差", "Poor"), t("好", "Good"))
                                .withScore(BigDecimal.valueOf(20)),
                        QuestionDefinition.nps(t("推荐意愿", "Would you recommend us?"), t("不会", "Not at all"), t("一定", "Certainly"))),
                SectionDefinition.of(t("其他", "Other"),
                        QuestionDefinition.singleChoice(t("联系方式", "Preferred channel"), List.of(t("邮件", "E-mail"), t("电话", "Phone")))
                                .withRequired(false),
                        QuestionDefinition.expectationPair(t("准时", "On time"), BigDecimal.ONE).withRequired(false)
                                .withLabels(t("远不及时", "Far too late"), t("总是及时", "Always on time")),
                        QuestionDefinition.text(t("建议", "Suggestions")).withMaxLength(10)));
        return transaction.execute(status -> {
            Survey survey = Survey.draftOf(definition, Instant.now());
            survey.publish(Instant.now());
            Survey saved = surveys.saveAndFlush(survey);
            return new Published(saved.getId(), saved.questions().stream().map(Question::getId).toList());
        });
    }

    public Recipient linkTo(long surveyId, Language language) {
        return transaction.execute(status -> recipients.save(Recipient.testLink(surveys.findById(surveyId).orElseThrow(),
                "fixture link", language, UUID.randomUUID().toString().replace("-", ""), Instant.now())));
    }

    private static LocalizedText t(String zh, String en) {
        return LocalizedText.of(zh, en);
    }
}
