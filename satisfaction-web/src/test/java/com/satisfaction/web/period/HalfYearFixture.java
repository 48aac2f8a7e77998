package com.satisfaction.web.period;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.CompositePart;
import com.satisfaction.web.answering.SurveyFixture;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real rows for a half-year: customers in the register, a published survey with CSAT and CES questions besides its
 * NPS, a campaign of the period with one link per response, and responses with exactly the survey score units a test
 * names. The operational record (deliveries, returns, lost business, praise, claims) comes from
 * {@link RecordedOperations}, standing in for the record tables of issue 11.
 */
@Component
class HalfYearFixture {

    private final JdbcTemplate jdbc;
    private final SurveyFixture surveys;

    HalfYearFixture(JdbcTemplate jdbc, SurveyFixture surveys) {
        this.jdbc = jdbc;
        this.surveys = surveys;
    }

    /** A published survey and its NPS (0–10), CSAT (1–5, positive from 4) and CES (1–7) questions. */
    record Survey(long id, long npsQuestion, long csatQuestion, long cesQuestion) {
    }

    Survey survey() {
        SurveyFixture.Published published = surveys.publishedSurvey();
        long nps = published.questionIds().get(2);
        return new Survey(published.surveyId(), nps, question(nps, "CSAT", "ONE_TO_FIVE", 20),
                question(nps, "CES", "ONE_TO_SEVEN", 21));
    }

    private long question(long sibling, String type, String scale, int position) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("INSERT INTO question (section_id, position, type,"
                    + " text_zh, text_en, required, scored, points, scale) SELECT section_id, ?, ?, ?, ?, FALSE, FALSE,"
                    + " 10, ? FROM question WHERE id = ?", new String[] {"id"});
            ps.setInt(1, position);
            ps.setString(2, type);
            ps.setString(3, type + " 问题");
            ps.setString(4, type + " question");
            ps.setString(5, scale);
            ps.setLong(6, sibling);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** A customer of the register; {@code annualValue} null leaves it unknown. */
    long customer(String code, String annualValue, boolean keyAccount) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("INSERT INTO customer (code, name, region, industry,"
                    + " value_tier, annual_value, key_account, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?)",
                    new String[] {"id"});
            ps.setString(1, code);
            ps.setString(2, "Company " + code);
            ps.setString(3, "East");
            ps.setString(4, "Automotive");
            ps.setString(5, "A");
            ps.setBigDecimal(6, annualValue == null ? null : new BigDecimal(annualValue));
            ps.setBoolean(7, keyAccount);
            ps.setTimestamp(8, Timestamp.from(Instant.now()));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    long campaign(long surveyId, Period period) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("INSERT INTO campaign (survey_id, name, period, status,"
                    + " target_response_rate, created_at) VALUES (?, ?, ?, 'OPEN', 70, ?)", new String[] {"id"});
            ps.setLong(1, surveyId);
            ps.setString(2, "Campaign " + period);
            ps.setString(3, period.toString());
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** A sent link of the campaign to the customer, not answered. */
    long link(long campaignId, long surveyId, long customerId) {
        KeyHolder key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("INSERT INTO recipient (token, survey_id, campaign_id,"
                    + " customer_id, language, created_at, sent_at) VALUES (?, ?, ?, ?, 'zh', ?, ?)", new String[] {"id"});
            ps.setString(1, UUID.randomUUID().toString().replace("-", ""));
            ps.setLong(2, surveyId);
            ps.setLong(3, campaignId);
            ps.setLong(4, customerId);
            ps.setTimestamp(5, now);
            ps.setTimestamp(6, now);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /**
     * An answered link with a response scoring {@code earnedUnits} of {@code possibleUnits} (units of 1/7000 point);
     * returns the response's id.
     */
    long response(long campaignId, long surveyId, long customerId, Period period, long earnedUnits,
                  long possibleUnits) {
        long link = link(campaignId, surveyId, customerId);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("UPDATE recipient SET answered_at = ? WHERE id = ?", now, link);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("INSERT INTO response (recipient_id, survey_id,"
                    + " submitted_at, language, earned_units, possible_units, campaign_id, customer_id, period)"
                    + " VALUES (?, ?, ?, 'zh', ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, link);
            ps.setLong(2, surveyId);
            ps.setTimestamp(3, now);
            ps.setLong(4, earnedUnits);
            ps.setLong(5, possibleUnits);
            ps.setLong(6, campaignId);
            ps.setLong(7, customerId);
            ps.setString(8, period.toString());
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    void answer(long responseId, long questionId, int value) {
        jdbc.update("INSERT INTO answer (response_id, question_id, numeric_value) VALUES (?, ?, ?)", responseId,
                questionId, value);
    }

    /** The operational record per period, as a test states it; every operational part links to a record list. */
    static final class RecordedOperations implements OperationalInputs {

        private final Map<String, Record> records = new ConcurrentHashMap<>();

        void record(Period period, Map<Long, Counts> byCustomer, long customersLost) {
            records.put(period.toString(), new Record(byCustomer, customersLost));
        }

        @Override
        public Record forPeriod(Period period) {
            return records.getOrDefault(period.toString(), new Record(Map.of(), 0));
        }

        @Override
        public Optional<String> evidenceUrl(CompositePart part, long customerId, Period period) {
            return Optional.of("/records/" + part.name().toLowerCase() + "?customer=" + customerId + "&period=" + period);
        }
    }
}
