package com.satisfaction.web.period;

import com.satisfaction.core.period.Period;
import com.satisfaction.web.PostgresApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live inputs kept in memory between page views (V24's change log) always score a half-year exactly as inputs
 * read afresh do, whatever changed in between and by whichever path, on PostgreSQL: each step changes something, and
 * the page's scoring must equal a fresh scoring, compared as the canonical snapshot text (every figure, every
 * customer).
 */
@PostgresApplicationTest
class LivePeriodInputsTest {

    @Autowired
    HalfYearFixture fixture;

    @Autowired
    PeriodScoring scoring;

    @Autowired
    PeriodExclusions exclusions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    private static final AtomicInteger YEARS = new AtomicInteger(2101);

    TransactionTemplate readOnly;
    TransactionTemplate writing;
    Period period;
    LocalDate day;
    String prefix;
    HalfYearFixture.Survey survey;
    long campaign;

    @BeforeEach
    void halfYear() {
        readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        writing = new TransactionTemplate(transactions);
        // half-years of their own (the year, and the next two a step may move a campaign to), no other test's
        int year = YEARS.getAndAdd(3);
        period = Period.of(year + "-H1");
        day = LocalDate.of(year, 3, 1);
        prefix = "LIVE" + UUID.randomUUID().toString().substring(0, 6) + "-";
        survey = fixture.survey();
        campaign = fixture.campaign(survey.id(), period);
    }

    @Test
    void theLivePageScoresAsAFreshReadDoesAfterEveryKindOfChange() {
        long a = fixture.customer(prefix + "A", "500000", true);
        long b = fixture.customer(prefix + "B", "300000", false);
        long c = fixture.customer(prefix + "C", null, false);
        long first = response(a, 60_000, 70_000, 9, 5, 6);
        fixture.link(campaign, survey.id(), b);
        livePageEqualsFreshRead("first look: everything read");
        PeriodResult unchanged = live();
        assertThat(live()).as("nothing changed: the same result, not a new one").isSameAs(unchanged);

        response(b, 35_000, 70_000, 3, 2, 2);
        livePageEqualsFreshRead("a response with its CSAT / NPS / CES answers, in one transaction");

        assertThat(exclusions.exclude(period, a, first, "tester", "DUPLICATE", null))
                .isInstanceOf(PeriodExclusions.Done.class);
        livePageEqualsFreshRead("a response excluded");
        assertThat(exclusions.restore(period, a, first, "tester")).isInstanceOf(PeriodExclusions.Done.class);
        livePageEqualsFreshRead("the response counted again");

        long delivery = fixture.delivery(c, day, 10_000);
        livePageEqualsFreshRead("a customer with only a delivery joins the period");
        long returned = fixture.productReturn(c, day, 150);
        jdbc.update("UPDATE delivery SET quantity = 20000 WHERE id = ?", delivery);
        livePageEqualsFreshRead("a return, and the delivery corrected");
        jdbc.update("DELETE FROM product_return WHERE id = ?", returned);
        livePageEqualsFreshRead("the return deleted");

        long praise = fixture.praise(b, day, 2);
        fixture.claim(a, day);
        fixture.customerLost(c, day);
        fixture.productLineLost(b, day);
        livePageEqualsFreshRead("praise, a claim, a customer and a product line lost");
        jdbc.update("DELETE FROM praise WHERE id = ?", praise);
        jdbc.update("UPDATE claim SET claimed_on = ? WHERE customer_id = ?", day.plusYears(1), a);
        livePageEqualsFreshRead("a praise deleted, a claim moved to another year");

        jdbc.update("UPDATE customer SET annual_value = 900000, key_account = TRUE WHERE id = ?", b);
        livePageEqualsFreshRead("the register: value and key account changed");

        long d = fixture.customer(prefix + "D", "100", false);
        long contact = insertContact(d, "d@example.com");
        long link = fixture.link(campaign, survey.id(), d);
        jdbc.update("UPDATE recipient SET sent_at = NULL, contact_id = ? WHERE id = ?", contact, link);
        livePageEqualsFreshRead("an unsent link to a contact with an address");
        jdbc.update("UPDATE contact SET email = NULL WHERE id = ?", contact);
        livePageEqualsFreshRead("the contact's address removed: the link counts as handed out");

        long outsider = fixture.link(campaign, survey.id(), d);
        jdbc.update("UPDATE recipient SET customer_id = NULL, label = 'walk-in', answered_at = now() WHERE id = ?",
                outsider);
        livePageEqualsFreshRead("a link in no register entry, answered");

        long other = fixture.campaign(survey.id(), Period.of((period.year() + 1) + "-H1"));
        jdbc.update("UPDATE recipient SET campaign_id = ? WHERE customer_id = ?", other, d);
        livePageEqualsFreshRead("a customer's links moved to another half-year's campaign");
        jdbc.update("UPDATE campaign SET period = ? WHERE id = ?", (period.year() + 2) + "-H2", campaign);
        livePageEqualsFreshRead("the whole campaign moved to another half-year");
    }

    @Test
    void aChangeCommittedAfterALookThatCouldNotSeeItIsStillCounted() throws Exception {
        long a = fixture.customer(prefix + "A", "500000", true);
        response(a, 60_000, 70_000, 9, 5, 6);
        livePageEqualsFreshRead("first look");
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (PreparedStatement insert = slow.prepareStatement("INSERT INTO delivery (customer_id, lot,"
                    + " delivered_on, quantity, created_at, updated_at) VALUES (?, ?, ?, 5000, now(), now())")) {
                insert.setLong(1, a);
                insert.setString(2, "SLOW" + UUID.randomUUID().toString().substring(0, 8));
                insert.setObject(3, day);
                insert.executeUpdate();
            }
            PeriodResult before = live();
            assertThat(before.customers()).singleElement().satisfies(s -> assertThat(s.delivered()).isZero());
            slow.commit();
        }
        livePageEqualsFreshRead("the delivery that was in flight during the last look");
        assertThat(live().customers()).singleElement().satisfies(s -> assertThat(s.delivered()).isEqualTo(5000));
    }

    private void livePageEqualsFreshRead(String step) {
        String live = SnapshotCodec.of(live()).text();
        String fresh = SnapshotCodec.of(readOnly.execute(status -> scoring.fresh(period))).text();
        assertThat(live).as(step).isEqualTo(fresh);
    }

    private PeriodResult live() {
        return readOnly.execute(status -> scoring.live(period));
    }

    /** A response and its NPS, CSAT and CES answers written together, as the answering page does. */
    private long response(long customer, long earned, long possible, int nps, int csat, int ces) {
        return writing.execute(status -> {
            long id = fixture.response(campaign, survey.id(), customer, period, earned, possible);
            fixture.answer(id, survey.npsQuestion(), nps);
            fixture.answer(id, survey.csatQuestion(), csat);
            fixture.answer(id, survey.cesQuestion(), ces);
            return id;
        });
    }

    private long insertContact(long customer, String email) {
        return jdbc.queryForObject("INSERT INTO contact (customer_id, name, email) VALUES (?, 'Buyer', ?) RETURNING id",
                Long.class, customer, email);
    }
}
