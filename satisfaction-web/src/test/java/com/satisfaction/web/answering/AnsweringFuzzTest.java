package com.satisfaction.web.answering;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.response.Recipient;
import com.satisfaction.web.PostgresApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Seeded random input to the customer's link: wrong types, values off every scale, huge and empty values,
 * control characters, repeated and unknown fields, odd tokens and languages. Whatever comes in, the answer
 * is never a 5xx, never shows a stack trace or an internal name, and nothing stored breaks its question's
 * rules. The seed is fixed, so a failure replays.
 */
@PostgresApplicationTest
class AnsweringFuzzTest {

    private static final long SEED = 20261123L;
    private static final int CASES = 3_000;
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "org.hibernate", "org.springframework",
            "SQLState", "com.satisfaction", "java.lang");

    @Autowired
    MockMvc mvc;

    @Autowired
    SurveyFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void no_input_to_a_link_gives_a_5xx_a_leak_or_a_stored_answer_that_breaks_its_question() throws Exception {
        Random random = new Random(SEED);
        SurveyFixture.Published survey = fixture.publishedSurvey();
        Recipient link = fixture.linkTo(survey.surveyId(), Language.ZH);
        int stored = 0;
        for (int i = 0; i < CASES; i++) {
            String token = random.nextInt(20) == 0 ? oddToken(random) : link.getToken();
            MockHttpServletRequestBuilder request = random.nextInt(5) == 0
                    ? get("/s/{token}", token) : post("/s/{token}", token);
            if (random.nextBoolean()) {
                request.param("lang", pick(random, "zh", "en", "", "xx", "en-US", "\u0000", "zh'\"<"));
            }
            if (random.nextInt(10) == 0) {
                request.param("switchTo", pick(random, "en", "zh", "", "fr", "%00"));
            }
            if (random.nextInt(4) == 0) {
                // a complete, valid form with one field at most broken, so that stores happen too
                request.param(survey.field(1), String.valueOf(1 + random.nextInt(5)))
                        .param(survey.field(2), String.valueOf(1 + random.nextInt(10)))
                        .param(survey.field(3), String.valueOf(random.nextInt(11)));
                if (random.nextBoolean()) {
                    fill(request, random, survey.field(4 + random.nextInt(3)));
                }
            } else {
                for (int question = 1; question <= 6; question++) {
                    fill(request, random, survey.field(question));
                }
            }
            if (random.nextInt(8) == 0) {
                request.param(noise(random), noise(random));
            }
            String address = "10.1." + (i / 250) + "." + (i % 250);    // the rate limit has its own test
            request.with(sent -> {
                sent.setRemoteAddr(address);
                return sent;
            });

            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

            assertThat(response.getStatus()).as("case %d", i).isLessThan(500);
            String body = response.getContentAsString();
            for (String leak : LEAKS) {
                assertThat(body).as("case %d", i).doesNotContain(leak);
            }
            if (response.getRedirectedUrl() != null && response.getRedirectedUrl().contains("/thanks")) {
                stored++;
                link = fixture.linkTo(survey.surveyId(), Language.ZH);
            }
        }

        assertThat(stored).as("some random inputs are valid and stored").isPositive();
        assertEveryStoredAnswerKeepsItsQuestionsRules(survey, stored);
    }

    private void assertEveryStoredAnswerKeepsItsQuestionsRules(SurveyFixture.Published survey, int stored) {
        assertThat(jdbc.queryForObject("select count(*) from response where survey_id = ?", Integer.class,
                survey.surveyId())).isEqualTo(stored);
        // required questions 1–3 answered in every response
        assertThat(jdbc.queryForObject("""
                select count(*) from response r where r.survey_id = ? and (select count(*) from answer a
                where a.response_id = r.id and a.question_id in (?, ?, ?) and a.numeric_value is not null) <> 3""",
                Integer.class, survey.surveyId(), id(survey, 1), id(survey, 2), id(survey, 3))).isZero();
        assertThat(violations(survey, 1, "numeric_value not between 1 and 5")).isZero();
        assertThat(violations(survey, 2, "numeric_value not between 1 and 10")).isZero();
        assertThat(violations(survey, 3, "numeric_value not between 0 and 10")).isZero();
        assertThat(violations(survey, 5, "numeric_value is null or expected_value is null")).isZero();
        assertThat(violations(survey, 6, "char_length(text_value) > 10 or text_value ~ '[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F]'"))
                .isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from answer a join response r on r.id = a.response_id
                where r.survey_id = ? and a.question_id = ? and (select count(*) from answer_choice c where c.answer_id = a.id) <> 1""",
                Integer.class, survey.surveyId(), id(survey, 4))).as("single choice: exactly one option").isZero();
    }

    private int violations(SurveyFixture.Published survey, int question, String broken) {
        return jdbc.queryForObject("select count(*) from answer a join response r on r.id = a.response_id "
                + "where r.survey_id = ? and a.question_id = ? and (" + broken + ")", Integer.class,
                survey.surveyId(), id(survey, question));
    }

    private static long id(SurveyFixture.Published survey, int question) {
        return survey.questionIds().get(question - 1);
    }

    /** Zero, one or several values for a field, each valid or broken in one of many ways. */
    private static void fill(MockHttpServletRequestBuilder request, Random random, String field) {
        int values = random.nextInt(10) < 7 ? 1 : random.nextInt(3);
        for (int i = 0; i < values; i++) {
            request.param(field, value(random));
        }
        if (random.nextInt(4) == 0) {
            request.param(field + "-expected", value(random));
        }
    }

    private static String value(Random random) {
        return switch (random.nextInt(12)) {
            case 0, 1, 2, 3 -> String.valueOf(random.nextInt(12));
            case 4 -> String.valueOf(random.nextInt());
            case 5 -> String.valueOf(Long.MAX_VALUE) + "9";
            case 6 -> pick(random, "", " ", "abc", "4.5", "1e3", "-1", "0x10", "五", "NaN", "null");
            case 7 -> "好".repeat(random.nextInt(30));
            case 8 -> random.nextInt(4) == 0 ? "x".repeat(5_000 + random.nextInt(5_000)) : "x".repeat(11);
            case 9 -> "建议\u0000\u0007\u001b[31m" + random.nextInt(100);
            case 10 -> "<script>alert(1)</script>'\"%00";
            default -> noise(random);
        };
    }

    private static String noise(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(20);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(random.nextInt(5) == 0 ? random.nextInt(0x20) : 0x20 + random.nextInt(0x3000));
        }
        return text.toString();
    }

    private static String oddToken(Random random) {
        return pick(random, "AAAAAAAAAAAAAAAAAAAAAA", "x".repeat(300), "%00", "..", "a b", "早", "-_-_-_-_-_-_-_-_-_-_-_");
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
