package com.satisfaction.web.demo;

import com.satisfaction.core.survey.QuestionType;
import com.satisfaction.core.survey.Scale;
import com.satisfaction.core.survey.SurveyTemplate;
import com.satisfaction.web.survey.QuestionForm;
import com.satisfaction.web.survey.SectionForm;
import com.satisfaction.web.survey.SurveyEditing;
import com.satisfaction.web.survey.SurveyLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The survey the demo company sends every half-year: the FM40 questionnaire of the seeds (sixteen LIKERT5 items in
 * product service quality, competitiveness and sales service sections, then the customer's suggestions), with an
 * overall section added before the suggestions asking for NPS, CSAT and CES; published.
 */
@DemoOnly
@Component
class DemoSurvey {

    /** The published survey and its questions in the order asked. */
    record Questions(long surveyId, List<Question> all) {
    }

    record Question(long id, QuestionType type) {
    }

    private final SurveyLifecycle lifecycle;
    private final SurveyEditing editing;
    private final JdbcTemplate jdbc;

    DemoSurvey(SurveyLifecycle lifecycle, SurveyEditing editing, JdbcTemplate jdbc) {
        this.lifecycle = lifecycle;
        this.editing = editing;
        this.jdbc = jdbc;
    }

    Questions publish() {
        long surveyId = lifecycle.createFrom(SurveyTemplate.SEED_QUESTIONNAIRE);
        var section = (SurveyEditing.Done) editing.addSection(surveyId, new SectionForm("4. 总体评价", "4. Overall"));
        long sectionId = Long.parseLong(section.anchor().substring("section-".length()));
        add(surveyId, sectionId, QuestionType.NPS, Scale.ZERO_TO_TEN,
                "您向同行推荐我司产品与服务的可能性有多大？",
                "How likely are you to recommend our products and services to a colleague?",
                "完全不可能", "Not at all likely", "极有可能", "Extremely likely");
        add(surveyId, sectionId, QuestionType.CSAT, Scale.ONE_TO_FIVE,
                "总体而言，您对我司本半年度的产品与服务满意吗？",
                "Overall, how satisfied are you with our products and services this half-year?",
                "非常不满意", "Very dissatisfied", "非常满意", "Very satisfied");
        add(surveyId, sectionId, QuestionType.CES, Scale.ONE_TO_SEVEN,
                "与我司打交道（下单、交货、处理问题）有多容易？",
                "How easy is it to deal with us (ordering, delivery, getting problems solved)?",
                "非常困难", "Very difficult", "非常容易", "Very easy");
        editing.moveSection(surveyId, sectionId, -1);
        if (!(lifecycle.publish(surveyId) instanceof SurveyLifecycle.Published)) {
            throw new IllegalStateException("The demo survey could not be published");
        }
        return new Questions(surveyId, jdbc.query("SELECT q.id, q.type FROM question q "
                        + "JOIN survey_section s ON s.id = q.section_id WHERE s.survey_id = ? ORDER BY s.position, q.position",
                (row, n) -> new Question(row.getLong(1), QuestionType.valueOf(row.getString(2))), surveyId));
    }

    private void add(long surveyId, long sectionId, QuestionType type, Scale scale, String zh, String en,
                     String lowZh, String lowEn, String highZh, String highEn) {
        var outcome = editing.addQuestion(surveyId, sectionId, type, new QuestionForm(zh, en, true, false, "10", scale,
                lowZh, lowEn, highZh, highEn, "", "", "", false, ""));
        if (!(outcome instanceof SurveyEditing.Done)) {
            throw new IllegalStateException("The demo survey's " + type + " question was refused: " + outcome);
        }
    }
}
