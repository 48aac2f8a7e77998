package com.satisfaction.web.period;

import com.satisfaction.core.period.Period;
import com.satisfaction.web.answering.SurveyFixture;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Real rows for a half-year: customers in the register, a published survey with CSAT and CES questions besides its
 * NPS, a campaign of the period with one link per response, and responses with exactly the survey score units a test
 * names, and the operational record of issue 11 in its own tables: deliveries and returns by lot, praise, claims and
 * lost business, each dated on the day a test names.
 */
@Component
public class HalfYearFixture {

    private final JdbcTemplate jdbc;
    private final SurveyFixture surveys;

    HalfYearFixture(JdbcTemplate jdbc, SurveyFixture surveys) {
        this.jdbc = jdbc;
        this.surveys = surveys;
    }

    /** A published survey and its NPS (0–10), CSAT (1–5, positive from 4) and CES (1–7) questions. */
    public record Survey(long id, long npsQuestion, long csatQuestion, long cesQuestion) {
    }

    public Survey survey() {
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
    public long customer(String code, String annualValue, boolean keyAccount) {
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

    public long campaign(long surveyId, Period period) {
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
    public long link(long campaignId, long surveyId, long customerId) {
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
    public long response(long campaignId, long surveyId, long customerId, Period period, long earnedUnits,
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

    /** A free-text question (a suggestion box) of the survey the question {@code sibling} belongs to. */
    public long textQuestion(long sibling) {
        return question(sibling, "TEXT", null, 22);
    }

    /** A free-text answer of the response. */
    public void textAnswer(long responseId, long questionId, String text) {
        jdbc.update("INSERT INTO answer (response_id, question_id, text_value) VALUES (?, ?, ?)", responseId,
                questionId, text);
    }

    public void answer(long responseId, long questionId, int value) {
        jdbc.update("INSERT INTO answer (response_id, question_id, numeric_value) VALUES (?, ?, ?)", responseId,
                questionId, value);
    }

    /** A delivery of {@code quantity} to the customer on {@code day}, by lot; returns its id. */
    public long delivery(long customerId, LocalDate day, long quantity) {
        return insert("INSERT INTO delivery (customer_id, lot, delivered_on, quantity, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", customerId, lot(), Date.valueOf(day), quantity, now(), now());
    }

    /** A return of {@code quantity} from the customer on {@code day}, by lot; returns its id. */
    public long productReturn(long customerId, LocalDate day, long quantity) {
        return insert("INSERT INTO product_return (customer_id, lot, returned_on, quantity, defect_reason, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, 'scratched', ?, ?)", customerId, lot(), Date.valueOf(day), quantity,
                now(), now());
    }

    /** {@code count} written praises of the customer on {@code day}; returns the last one's id. */
    public long praise(long customerId, LocalDate day, int count) {
        long id = 0;
        for (int i = 0; i < count; i++) {
            id = insert("INSERT INTO praise (customer_id, praised_on, type, praised, text, recorded_by, recorded_at)"
                    + " VALUES (?, ?, 'WRITTEN', 'Line 3', 'Well done', 'fixture', ?)", customerId, Date.valueOf(day), now());
        }
        return id;
    }

    /** A claim of 1,000.00 CNY by the customer on {@code day}; returns its id. */
    public long claim(long customerId, LocalDate day) {
        return insert("INSERT INTO claim (customer_id, claimed_on, amount, currency, reason, recorded_by, recorded_at)"
                + " VALUES (?, ?, 1000.0000, 'CNY', 'Late delivery', 'fixture', ?)", customerId, Date.valueOf(day), now());
    }

    /** The customer itself lost on {@code day} (a churned customer); returns its id. */
    public long customerLost(long customerId, LocalDate day) {
        return insert("INSERT INTO lost_business (customer_id, kind, lost_on, reason, recorded_by, recorded_at)"
                + " VALUES (?, 'CUSTOMER', ?, 'Went to a competitor', 'fixture', ?)", customerId, Date.valueOf(day), now());
    }

    /** A product line of the customer lost on {@code day}; returns its id. */
    public long productLineLost(long customerId, LocalDate day) {
        return insert("INSERT INTO lost_business (customer_id, kind, product_line, lost_on, reason, recorded_by,"
                + " recorded_at) VALUES (?, 'PRODUCT_LINE', 'Brackets', ?, 'Price', 'fixture', ?)", customerId,
                Date.valueOf(day), now());
    }

    /**
     * The half-year worked out by hand in {@code HalfYearCloseTest}'s class comment, in real rows: twelve customers
     * coded {@code prefix + "A01"} … {@code "A12"} with their responses, answers and operational record.
     */
    public HalfYear handComputed(Period period, String prefix) {
        HalfYear h = new HalfYear();
        h.prefix = prefix;
        String[][] customers = {
                {"A01", "500000", "true"}, {"A02", "200000", "false"}, {"A03", "100000", "false"},
                {"A04", "300000", "false"}, {"A05", "300000", "false"}, {"A06", "50000", "false"},
                {"A07", "500000", "false"}, {"A08", "100", "false"}, {"A09", null, "false"},
                {"A10", "900000", "true"}, {"A11", "10", "false"}, {"A12", "100", "false"}};
        for (String[] c : customers) {
            h.ids.put(c[0], customer(prefix + c[0], c[1], Boolean.parseBoolean(c[2])));
        }
        rows(period, h);
        // outside it, rows that must not count: a claim the day before, a return and a lost line the day after
        claim(h.ids.get("A08"), period.startDate().minusDays(1));
        productReturn(h.ids.get("A08"), period.endDate().plusDays(1), 500);
        productLineLost(h.ids.get("A12"), period.endDate().plusDays(1));
        return h;
    }

    /**
     * The same customers' responses, answers and operational record in another half-year, without the rows outside
     * it; returns the half-year with its own survey and campaign.
     */
    public HalfYear sameRowsIn(Period period, HalfYear of) {
        HalfYear h = new HalfYear();
        h.prefix = of.prefix;
        h.ids.putAll(of.ids);
        rows(period, h);
        return h;
    }

    private void rows(Period period, HalfYear h) {
        h.survey = survey();
        h.campaign = campaign(h.survey.id(), period);
        long a01 = respond(h, period, "A01", 52500, 70000);
        long a02 = respond(h, period, "A02", 6293, 8400);
        long a03 = respond(h, period, "A03", 5243, 7000);
        long a04 = respond(h, period, "A04", 70000, 70000);
        respond(h, period, "A04", 56000, 70000);
        respond(h, period, "A04", 21000, 35000);
        long a05 = respond(h, period, "A05", 70000, 70000);
        respond(h, period, "A06", 63000, 70000);
        respond(h, period, "A07", 66500, 70000);
        respond(h, period, "A08", 70000, 70000);
        respond(h, period, "A09", 70000, 70000);
        link(h.campaign, h.survey.id(), h.ids.get("A10"));
        respond(h, period, "A11", 70000, 70000);
        respond(h, period, "A12", 7693, 8400);
        answers(h, a01, 10, 5, 7);
        answers(h, a02, 9, 4, 5);
        answers(h, a03, 7, 3, 4);
        answers(h, a04, 3, 4, 6);
        answers(h, a05, 6, 2, 1);

        // the operational record in its own tables, dated in the half-year (A01 delivered in two lots, A11 returned
        // without a delivery, A06 lost as a customer besides two product lines, A09 a clean record) ...
        LocalDate day = period.startDate().plusDays(40);
        operations(h, day, "A01", new long[] {600, 400}, 9, 0, 0, 5, 0);
        operations(h, day, "A02", new long[] {1000}, 0, 0, 0, 5, 0);
        operations(h, day, "A03", new long[] {1000}, 0, 0, 0, 5, 0);
        operations(h, day, "A04", new long[] {1000}, 10, 0, 1, 2, 1);
        operations(h, day, "A05", new long[] {500}, 10, 0, 2, 1, 0);
        operations(h, day, "A06", new long[] {10000}, 205, 1, 2, 6, 0);
        operations(h, day, "A07", new long[] {2000}, 19, 0, 0, 5, 0);
        operations(h, day, "A08", new long[] {1000}, 0, 0, 0, 5, 0);
        operations(h, day, "A09", new long[] {1000}, 0, 0, 0, 0, 0);
        operations(h, day, "A10", new long[] {100}, 0, 0, 0, 5, 0);
        operations(h, day, "A11", new long[] {}, 5, 0, 0, 5, 0);
        operations(h, day, "A12", new long[] {1000}, 0, 0, 0, 5, 0);
    }

    /** The customer's deliveries (one per lot), one return, lost business, praise and claims, all on {@code day}. */
    private void operations(HalfYear h, LocalDate day, String code, long[] delivered, long returned, int customerLost,
                            int linesLost, int praises, int claims) {
        long customer = h.ids.get(code);
        for (long quantity : delivered) {
            delivery(customer, day, quantity);
        }
        if (returned > 0) {
            h.returns.put(code, productReturn(customer, day, returned));
        }
        for (int i = 0; i < customerLost; i++) {
            customerLost(customer, day);
        }
        for (int i = 0; i < linesLost; i++) {
            productLineLost(customer, day);
        }
        if (praises > 0) {
            h.praise.put(code, praise(customer, day, praises));
        }
        for (int i = 0; i < claims; i++) {
            claim(customer, day);
        }
    }

    private long respond(HalfYear h, Period period, String code, long earned, long possible) {
        return response(h.campaign, h.survey.id(), h.ids.get(code), period, earned, possible);
    }

    private void answers(HalfYear h, long response, Integer nps, Integer csat, Integer ces) {
        if (nps != null) {
            answer(response, h.survey.npsQuestion(), nps);
        }
        if (csat != null) {
            answer(response, h.survey.csatQuestion(), csat);
        }
        if (ces != null) {
            answer(response, h.survey.cesQuestion(), ces);
        }
    }

    /** A hand-computed half-year's survey, campaign and rows, by the customers' names (A01 …). */
    public static final class HalfYear {
        public Survey survey;
        public long campaign;
        public String prefix;
        public final Map<String, Long> ids = new LinkedHashMap<>();
        public final Map<String, Long> returns = new LinkedHashMap<>();
        public final Map<String, Long> praise = new LinkedHashMap<>();

        public String code(String name) {
            return prefix + name;
        }
    }

    private long insert(String sql, Object... values) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    private static String lot() {
        return "L" + UUID.randomUUID().toString().substring(0, 12);
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
