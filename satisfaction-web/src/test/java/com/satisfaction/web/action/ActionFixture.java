package com.satisfaction.web.action;

import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.web.answering.EnteredAnswers;
import com.satisfaction.web.answering.ResponseSubmission;
import com.satisfaction.web.answering.SurveyFixture;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sources for actions: a real stored response to the {@link SurveyFixture} survey (answered through the same
 * submission as a customer's link), a customer, and a complaint about it.
 */
@Component
public class ActionFixture {

    private final SurveyFixture surveys;
    private final ResponseSubmission submission;
    private final CustomerRepository customers;
    private final JdbcTemplate jdbc;

    ActionFixture(SurveyFixture surveys, ResponseSubmission submission, CustomerRepository customers, JdbcTemplate jdbc) {
        this.surveys = surveys;
        this.submission = submission;
        this.customers = customers;
        this.jdbc = jdbc;
    }

    /** A stored response and the ids of its survey and questions (numbered as {@link SurveyFixture} lists them). */
    public record StoredResponse(long surveyId, long responseId, SurveyFixture.Published survey) {

        public long question(int number) {
            return survey.questionIds().get(number - 1);
        }
    }

    /**
     * A response with 1. delivery 差 (low), 2. quality 3 of 10 (a plain rating: never low), 3. NPS {@code nps},
     * 6. the suggestion {@code suggestion} (at most 10 characters; blank: none).
     */
    public StoredResponse response(int nps, String suggestion) {
        SurveyFixture.Published survey = surveys.publishedSurvey();
        String token = surveys.linkTo(survey.surveyId(), Language.ZH).getToken();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter(survey.field(1), "2");
        request.addParameter(survey.field(2), "3");
        request.addParameter(survey.field(3), String.valueOf(nps));
        request.addParameter(survey.field(6), suggestion);
        ResponseSubmission.Outcome outcome = submission.submitToLink(token, EnteredAnswers.of(request),
                Optional.of(Language.ZH));
        assertThat(outcome).isInstanceOf(ResponseSubmission.Accepted.class);
        return new StoredResponse(survey.surveyId(), ((ResponseSubmission.Accepted) outcome).responseId(), survey);
    }

    public Customer customer(String name) {
        return customers.save(new Customer("A-" + UUID.randomUUID().toString().substring(0, 12), name, Instant.now()));
    }

    /** A complaint of {@code customer}, first responder {@code user}, as V1's table holds it. */
    public long complaint(Customer customer, UserAccount user, String description) {
        Map<String, Object> keys = new org.springframework.jdbc.core.simple.SimpleJdbcInsert(jdbc)
                .withTableName("complaint").usingGeneratedKeyColumns("id")
                .usingColumns("customer_id", "channel", "category", "severity", "description", "received_at",
                        "first_responder_id", "status")
                .executeAndReturnKeyHolder(Map.of("customer_id", customer.getId(), "channel", "PHONE",
                        "category", "PACKAGING", "severity", "HIGH", "description", description,
                        "received_at", Timestamp.from(Instant.now()), "first_responder_id", user.getId(),
                        "status", "RECEIVED"))
                .getKeys();
        return ((Number) keys.get("id")).longValue();
    }
}
