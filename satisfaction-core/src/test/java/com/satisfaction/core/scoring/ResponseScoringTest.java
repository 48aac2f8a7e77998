package com.satisfaction.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.satisfaction.core.survey.Answer;
import com.satisfaction.core.survey.AnswerCheck;
import com.satisfaction.core.survey.AnswerInput;
import com.satisfaction.core.survey.AnswerRules;
import com.satisfaction.core.survey.AnsweredQuestion;
import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.core.survey.QuestionDefinition;
import com.satisfaction.core.survey.Scale;
import com.satisfaction.core.survey.SurveyTemplate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** SPEC §4.5: which answers of a response count toward its survey score ({@link SurveyScore#ofResponse}). */
class ResponseScoringTest {

    private static final LocalizedText TEXT = LocalizedText.of("问题", "Question");
    private static final LocalizedText LOW = LocalizedText.of("低", "Low");
    private static final LocalizedText HIGH = LocalizedText.of("高", "High");

    /**
     * The answers a customer's entries make, through the same checks as the answering page: what each question was
     * given (by position), nothing entered for the others.
     */
    private static List<AnsweredQuestion> respond(List<QuestionDefinition> questions,
                                                  Map<Integer, AnswerInput> entered) {
        List<AnsweredQuestion> answered = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            AnswerCheck check = AnswerRules.check(questions.get(i), entered.getOrDefault(i, AnswerInput.NONE));
            if (check instanceof AnswerCheck.Given given) {
                answered.add(new AnsweredQuestion(questions.get(i), given.answer()));
            } else if (!(check instanceof AnswerCheck.Skipped)) {
                throw new IllegalStateException("test entry rejected: " + check);
            }
        }
        return answered;
    }

    @Nested
    class The_seed_questionnaire {

        @Test
        void sixteen_likert_items_all_answered_good_score_80() {
            List<QuestionDefinition> questions = SurveyTemplate.SEED_QUESTIONNAIRE.definition().questions();
            List<AnsweredQuestion> answered = new ArrayList<>();
            for (QuestionDefinition question : questions) {
                Answer answer = question.scored() ? Answer.value(4) : Answer.text("交期可以更快");
                answered.add(new AnsweredQuestion(question, answer));
            }

            SurveyScore score = SurveyScore.ofResponse(answered).orElseThrow();

            assertThat(questions).hasSize(17);
            assertThat(score.earned()).isEqualTo(Score.of(128));
            assertThat(score.possible()).isEqualTo(Score.of(160));
            assertThat(score.value()).isEqualTo(Score.of(80));
        }
    }

    @Nested
    class Which_answers_count {

        @Test
        void unscored_questions_and_text_and_choice_answers_are_left_out() {
            List<QuestionDefinition> questions = List.of(
                    QuestionDefinition.likert5(TEXT),
                    QuestionDefinition.nps(TEXT, LOW, HIGH),
                    QuestionDefinition.csat(TEXT, Scale.ONE_TO_FIVE, LOW, HIGH),
                    QuestionDefinition.text(TEXT),
                    QuestionDefinition.singleChoice(TEXT, List.of(LOW, HIGH)));
            List<AnsweredQuestion> answered = respond(questions, Map.of(
                    0, AnswerInput.of("5"), 1, AnswerInput.of("0"), 2, AnswerInput.of("1"),
                    3, AnswerInput.of("很好"), 4, AnswerInput.of("1")));

            SurveyScore score = SurveyScore.ofResponse(answered).orElseThrow();

            assertThat(answered).hasSize(5);
            assertThat(score.possible()).isEqualTo(Score.of(10));
            assertThat(score.value()).isEqualTo(Score.HUNDRED);
        }

        @Test
        void a_scored_question_counts_with_its_own_points_whatever_its_type() {
            List<QuestionDefinition> questions = List.of(
                    QuestionDefinition.likert5(TEXT),
                    QuestionDefinition.rating(TEXT, Scale.ONE_TO_TEN, LOW, HIGH).withScore(new BigDecimal("20")),
                    QuestionDefinition.ces(TEXT, LOW, HIGH).withScore(new BigDecimal("7.00")));
            List<AnsweredQuestion> answered = respond(questions, Map.of(
                    0, AnswerInput.of("3"), 1, AnswerInput.of("7"), 2, AnswerInput.of("4")));

            // 6 of 10 + 14 of 20 + 4 of 7 = 24 of 37
            SurveyScore score = SurveyScore.ofResponse(answered).orElseThrow();

            assertThat(score.earned()).isEqualTo(Score.of(24));
            assertThat(score.possible()).isEqualTo(Score.of(37));
        }

        @Test
        void a_scored_expectation_pair_scores_its_received_value() {
            QuestionDefinition pair = QuestionDefinition.expectationPair(TEXT, BigDecimal.ONE)
                    .withScore(BigDecimal.TEN);
            List<AnsweredQuestion> answered = respond(List.of(pair), Map.of(0, AnswerInput.pair("8", "6")));

            SurveyScore score = SurveyScore.ofResponse(answered).orElseThrow();

            assertThat(answered.get(0).answer()).isEqualTo(Answer.pair(8, 6));
            assertThat(score.earned()).isEqualTo(Score.of(6));
            assertThat(score.value()).isEqualTo(Score.of(60));
        }

        @Test
        void an_unscored_expectation_pair_is_left_out() {
            QuestionDefinition pair = QuestionDefinition.expectationPair(TEXT, BigDecimal.ONE);

            assertThat(SurveyScore.ofResponse(respond(List.of(pair), Map.of(0, AnswerInput.pair("8", "6")))))
                    .isEmpty();
        }

        @Test
        void an_optional_question_left_unanswered_is_out_of_both_sums() {
            List<QuestionDefinition> questions = List.of(
                    QuestionDefinition.likert5(TEXT),
                    QuestionDefinition.likert5(TEXT).withRequired(false));
            List<AnsweredQuestion> answered = respond(questions, Map.of(0, AnswerInput.of("5")));

            SurveyScore score = SurveyScore.ofResponse(answered).orElseThrow();

            assertThat(answered).hasSize(1);
            assertThat(score.possible()).isEqualTo(Score.of(10));
            assertThat(score.value()).isEqualTo(Score.HUNDRED);
        }

        @Test
        void two_questions_defined_alike_both_count() {
            QuestionDefinition same = QuestionDefinition.likert5(TEXT);

            SurveyScore score = SurveyScore.ofResponse(List.of(
                    new AnsweredQuestion(same, Answer.value(5)), new AnsweredQuestion(same, Answer.value(3))))
                    .orElseThrow();

            assertThat(score.value()).isEqualTo(Score.of(80));
        }
    }

    @Nested
    class No_score {

        @Test
        void a_response_without_a_scored_answer_has_no_survey_score() {
            List<QuestionDefinition> questions = List.of(
                    QuestionDefinition.nps(TEXT, LOW, HIGH), QuestionDefinition.text(TEXT));

            assertThat(SurveyScore.ofResponse(respond(questions, Map.of(0, AnswerInput.of("9"))))).isEmpty();
            assertThat(SurveyScore.ofResponse(List.of())).isEmpty();
        }

        @Test
        void a_scored_question_answered_without_a_value_is_a_bug() {
            AnsweredQuestion broken = new AnsweredQuestion(QuestionDefinition.likert5(TEXT), Answer.text("好"));

            assertThatIllegalArgumentException().isThrownBy(() -> SurveyScore.ofResponse(List.of(broken)))
                    .withMessage("the scored LIKERT5 question \"Question\" was answered without a value");
        }

        @Test
        void a_question_and_its_answer_are_both_required() {
            assertThat(new AnsweredQuestion(QuestionDefinition.text(TEXT), Answer.text("x")).answer().text())
                    .isEqualTo("x");
            assertThatNullPointerException()
                    .isThrownBy(() -> new AnsweredQuestion(null, Answer.value(1)));
            assertThatNullPointerException()
                    .isThrownBy(() -> new AnsweredQuestion(QuestionDefinition.text(TEXT), null));
        }
    }
}
