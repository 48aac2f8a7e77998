package com.satisfaction.persistence.period;

import com.satisfaction.core.closing.PeriodStatus;
import com.satisfaction.core.scoring.ReviewFlag;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.core.scoring.Verdict;
import com.satisfaction.core.segmentation.SatisfactionLevel;
import com.satisfaction.core.segmentation.Segment;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** {@link PeriodQueries} in plain SQL that runs on PostgreSQL and on H2 in PostgreSQL mode. */
class PeriodQueriesImpl implements PeriodQueries {

    private static final String REGISTER_COLUMNS =
            "c.id, c.code, c.name, c.region, c.industry, c.value_tier, c.annual_value, c.key_account";
    private static final int IN_LIST_CHUNK = 1000;
    private static final int STREAM_FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;
    /** Whether the database has V24's change log (PostgreSQL); asked once. */
    private volatile Boolean tracksScoringChanges;

    PeriodQueriesImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RegisterEntry> registerEntries(Collection<Long> customerIds) {
        List<Long> ids = List.copyOf(customerIds);
        List<RegisterEntry> entries = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_LIST_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST_CHUNK));
            String marks = chunk.stream().map(id -> "?").collect(Collectors.joining(","));
            entries.addAll(jdbc.query("SELECT " + REGISTER_COLUMNS + " FROM customer c WHERE c.id IN (" + marks + ")",
                    PeriodQueriesImpl::registerEntry, chunk.toArray()));
        }
        entries.sort((a, b) -> a.code().compareTo(b.code()));
        return entries;
    }

    @Override
    public List<ResponseGroup> responseGroups(String period, CustomerSelection customers) {
        List<Object> args = new ArrayList<>(List.of(period));
        return jdbc.query("SELECT customer_id, possible_units, excluded_reason IS NULL AS counted,"
                + " COALESCE(SUM(earned_units), 0), COUNT(*) FROM response"
                + " WHERE period = ? AND " + selected("customer_id", customers, args)
                + " GROUP BY customer_id, possible_units, excluded_reason IS NULL",
                (rs, n) -> new ResponseGroup(rs.getObject(1, Long.class), rs.getObject(2, Long.class),
                        rs.getBoolean(3), rs.getLong(4), rs.getLong(5)), args.toArray());
    }

    @Override
    public List<CustomerRecipients> recipients(String period, CustomerSelection customers) {
        List<Object> args = new ArrayList<>(List.of(period));
        return jdbc.query("SELECT r.customer_id, COUNT(*),"
                + " SUM(CASE WHEN r.sent_at IS NOT NULL OR r.answered_at IS NOT NULL"
                + "   OR ct.email IS NULL OR ct.email = '' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.answered_at IS NOT NULL THEN 1 ELSE 0 END)"
                + " FROM recipient r JOIN campaign k ON k.id = r.campaign_id LEFT JOIN contact ct ON ct.id = r.contact_id"
                + " WHERE k.period = ? AND " + selected("r.customer_id", customers, args)
                + " GROUP BY r.customer_id",
                (rs, n) -> new CustomerRecipients(rs.getObject(1, Long.class), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4)), args.toArray());
    }

    @Override
    public List<AnswerTally> answerTallies(String period, CustomerSelection customers) {
        List<Object> args = new ArrayList<>(List.of(period));
        return jdbc.query("SELECT s.customer_id, q.type, q.scale, q.positive_threshold, a.numeric_value, COUNT(*)"
                + " FROM answer a JOIN response s ON s.id = a.response_id JOIN question q ON q.id = a.question_id"
                + " WHERE s.period = ? AND " + selected("s.customer_id", customers, args)
                + "   AND s.excluded_reason IS NULL AND q.type IN ('CSAT', 'NPS', 'CES') AND a.numeric_value IS NOT NULL"
                + " GROUP BY s.customer_id, q.type, q.scale, q.positive_threshold, a.numeric_value",
                (rs, n) -> new AnswerTally(rs.getObject(1, Long.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Integer.class), rs.getInt(5), rs.getLong(6)), args.toArray());
    }

    /** The SQL condition on {@code column} for the selection, its arguments appended to {@code args}. */
    private static String selected(String column, CustomerSelection selection, List<Object> args) {
        if (selection.customers().isEmpty()) {
            return "1 = 1";
        }
        List<String> either = new ArrayList<>();
        Set<Long> ids = selection.customers().get();
        if (!ids.isEmpty()) {
            either.add(column + " IN (" + ids.stream().map(id -> "?").collect(Collectors.joining(",")) + ")");
            args.addAll(ids);
        }
        if (selection.withoutCustomer()) {
            either.add(column + " IS NULL");
        }
        return either.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", either) + ")";
    }

    @Override
    public boolean tracksScoringChanges() {
        Boolean tracks = tracksScoringChanges;
        if (tracks == null) {
            tracks = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                    connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
            tracksScoringChanges = tracks;
        }
        return tracks;
    }

    @Override
    public String scoringChangeHorizon() {
        return jdbc.queryForObject("SELECT CAST(pg_current_snapshot() AS TEXT)", String.class);
    }

    @Override
    public ScoringChanges scoringChangesSince(String horizon) {
        Set<Long> customers = new HashSet<>();
        boolean[] withoutCustomer = {false};
        // xids below the snapshot's xmin had all ended when it was taken: their work was seen (the index finds the rest)
        jdbc.query("SELECT DISTINCT customer_id FROM scoring_change"
                + " WHERE xid >= pg_snapshot_xmin(CAST(? AS pg_snapshot))"
                + " AND NOT pg_visible_in_snapshot(xid, CAST(? AS pg_snapshot))", rs -> {
                    long id = rs.getLong(1);
                    if (rs.wasNull()) {
                        withoutCustomer[0] = true;
                    } else {
                        customers.add(id);
                    }
                }, horizon, horizon);
        return new ScoringChanges(customers, withoutCustomer[0]);
    }

    @Override
    public int forgetScoringChanges() {
        return jdbc.update("DELETE FROM scoring_change WHERE at < now() - INTERVAL '1 day'");
    }

    @Override
    public List<PeriodListRow> periods() {
        return jdbc.query("SELECT p.id, pr.status, pr.closed_at, s.sha256 FROM ("
                + " SELECT period AS id FROM campaign"
                + " UNION SELECT id FROM period) p"
                + " LEFT JOIN period pr ON pr.id = p.id LEFT JOIN period_snapshot s ON s.id = pr.snapshot_id"
                + " ORDER BY p.id DESC",
                (rs, n) -> new PeriodListRow(rs.getString(1),
                        rs.getString(2) == null ? PeriodStatus.OPEN : PeriodStatus.valueOf(rs.getString(2)),
                        instant(rs, 3), rs.getString(4)));
    }

    @Override
    public void createIfAbsent(String period) {
        jdbc.update("INSERT INTO period (id, status) SELECT ?, 'OPEN' WHERE NOT EXISTS"
                + " (SELECT 1 FROM period WHERE id = ?)", period, period);
    }

    @Override
    public Optional<PeriodStatus> lockStatus(String period) {
        return jdbc.query("SELECT status FROM period WHERE id = ? FOR UPDATE",
                (rs, n) -> PeriodStatus.valueOf(rs.getString(1)), period).stream().findFirst();
    }

    @Override
    public long insertSnapshot(SnapshotHeader h) {
        PeriodCounts c = h.counts();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("INSERT INTO period_snapshot (period_id, taken_at,"
                    + " taken_by, sha256, policy_version, policy_text, satisfaction_target, response_target, customers,"
                    + " with_composite, satisfied, sum_of_composites, sent, answered, key_accounts,"
                    + " key_accounts_answered, csat_positive, csat_answers, csat_mean, nps_promoters, nps_passives,"
                    + " nps_detractors, ces_positive, ces_answers, ces_sum, customers_lost, delivered, returned,"
                    + " waiver_by, waiver_reason)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            int i = 0;
            ps.setString(++i, h.period());
            ps.setTimestamp(++i, Timestamp.from(h.takenAt()));
            ps.setString(++i, h.takenBy());
            ps.setString(++i, h.sha256());
            ps.setString(++i, h.policyVersion());
            ps.setString(++i, h.policyText());
            ps.setString(++i, h.satisfactionTarget().toString());
            ps.setString(++i, h.responseTarget().toString());
            for (long value : new long[] {c.customers(), c.withComposite(), c.satisfied()}) {
                ps.setLong(++i, value);
            }
            ps.setString(++i, c.sumOfComposites().toString());
            for (long value : new long[] {c.sent(), c.answered(), c.keyAccounts(), c.keyAccountsAnswered(),
                    c.csatPositive(), c.csatAnswers()}) {
                ps.setLong(++i, value);
            }
            ps.setString(++i, c.csatMean().map(Score::toString).orElse(null));
            for (long value : new long[] {c.npsPromoters(), c.npsPassives(), c.npsDetractors(), c.cesPositive(),
                    c.cesAnswers(), c.cesSum(), c.customersLost(), c.delivered(), c.returned()}) {
                ps.setLong(++i, value);
            }
            ps.setString(++i, h.waiverBy());
            ps.setString(++i, h.waiverReason());
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    @Override
    public void insertSnapshotCustomers(long snapshotId, List<CustomerScore> customers) {
        jdbc.batchUpdate("INSERT INTO period_snapshot_customer (snapshot_id, customer_id, code, name, region,"
                + " industry, value_tier, annual_value, key_account, answered, responses, survey_score, delivered,"
                + " returned, lost, praise, claims, survey_part, returns_part, lost_part, praise_part, claims_part,"
                + " composite, verdict, level, segment, flags)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                customers, 500, (ps, s) -> {
                    RegisterEntry r = s.customer();
                    int i = 0;
                    ps.setLong(++i, snapshotId);
                    ps.setLong(++i, r.id());
                    ps.setString(++i, r.code());
                    ps.setString(++i, r.name());
                    ps.setString(++i, r.region());
                    ps.setString(++i, r.industry());
                    ps.setString(++i, r.valueTier());
                    if (r.annualValue() == null) {
                        ps.setNull(++i, Types.NUMERIC);
                    } else {
                        ps.setBigDecimal(++i, r.annualValue());
                    }
                    ps.setBoolean(++i, r.keyAccount());
                    ps.setBoolean(++i, s.answered());
                    ps.setLong(++i, s.responses());
                    ps.setString(++i, text(s.surveyScore()));
                    ps.setLong(++i, s.delivered());
                    ps.setLong(++i, s.returned());
                    ps.setInt(++i, s.lost());
                    ps.setInt(++i, s.praise());
                    ps.setInt(++i, s.claims());
                    CustomerScore.Parts p = s.parts();
                    for (Optional<Score> part : List.of(p.survey(), p.productReturns(), p.lostBusiness(), p.praise(),
                            p.claims(), s.composite())) {
                        ps.setString(++i, text(part));
                    }
                    ps.setString(++i, s.verdict().name());
                    ps.setString(++i, s.level().map(Enum::name).orElse(null));
                    ps.setString(++i, s.segment().map(Enum::name).orElse(null));
                    ps.setString(++i, flagsText(s.flags()));
                });
    }

    @Override
    public Optional<SnapshotHeader> snapshot(long snapshotId) {
        return jdbc.query("SELECT period_id, taken_at, taken_by, sha256, policy_version, policy_text,"
                + " satisfaction_target, response_target, customers, with_composite, satisfied, sum_of_composites,"
                + " sent, answered, key_accounts, key_accounts_answered, csat_positive, csat_answers, csat_mean,"
                + " nps_promoters, nps_passives, nps_detractors, ces_positive, ces_answers, ces_sum, customers_lost,"
                + " delivered, returned, waiver_by, waiver_reason FROM period_snapshot WHERE id = ?", (rs, n) -> {
                    PeriodCounts counts = new PeriodCounts(rs.getLong("customers"), rs.getLong("with_composite"),
                            rs.getLong("satisfied"), Score.parse(rs.getString("sum_of_composites")),
                            rs.getLong("sent"), rs.getLong("answered"), rs.getLong("key_accounts"),
                            rs.getLong("key_accounts_answered"), rs.getLong("csat_positive"),
                            rs.getLong("csat_answers"), score(rs.getString("csat_mean")), rs.getLong("nps_promoters"),
                            rs.getLong("nps_passives"), rs.getLong("nps_detractors"), rs.getLong("ces_positive"),
                            rs.getLong("ces_answers"), rs.getLong("ces_sum"), rs.getLong("customers_lost"),
                            rs.getLong("delivered"), rs.getLong("returned"));
                    return new SnapshotHeader(snapshotId, rs.getString("period_id"), instant(rs, 2),
                            rs.getString("taken_by"), rs.getString("sha256"), rs.getString("policy_version"),
                            rs.getString("policy_text"), Score.parse(rs.getString("satisfaction_target")),
                            Score.parse(rs.getString("response_target")), counts, rs.getString("waiver_by"),
                            rs.getString("waiver_reason"));
                }, snapshotId).stream().findFirst();
    }

    private static final String SNAPSHOT_CUSTOMER_SELECT = "SELECT customer_id, code, name, region, industry,"
            + " value_tier, annual_value, key_account, answered, responses, survey_score, delivered, returned, lost,"
            + " praise, claims, survey_part, returns_part, lost_part, praise_part, claims_part, composite, verdict,"
            + " level, segment, flags FROM period_snapshot_customer WHERE snapshot_id = ? ORDER BY code";

    @Override
    public List<CustomerScore> snapshotCustomers(long snapshotId) {
        return jdbc.query(SNAPSHOT_CUSTOMER_SELECT, PeriodQueriesImpl::snapshotCustomer, snapshotId);
    }

    @Override
    public List<CustomerScore> snapshotCustomers(long snapshotId, int offset, int limit) {
        return jdbc.query(SNAPSHOT_CUSTOMER_SELECT + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY",
                PeriodQueriesImpl::snapshotCustomer, snapshotId, offset, limit);
    }

    @Override
    public void eachSnapshotCustomer(long snapshotId, Consumer<CustomerScore> each) {
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(SNAPSHOT_CUSTOMER_SELECT,
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(STREAM_FETCH_SIZE);
            statement.setLong(1, snapshotId);
            return statement;
        }, (RowCallbackHandler) rs -> each.accept(snapshotCustomer(rs, 0)));
    }

    @Override
    public List<RegisterEntry> snapshotUnansweredKeyAccounts(long snapshotId) {
        return jdbc.query("SELECT customer_id, code, name, region, industry, value_tier, annual_value, key_account"
                + " FROM period_snapshot_customer WHERE snapshot_id = ? AND key_account AND NOT answered"
                + " ORDER BY code", PeriodQueriesImpl::registerEntry, snapshotId);
    }

    /** A row of {@code period_snapshot_customer} (every column of {@link #SNAPSHOT_CUSTOMER_SELECT}). */
    static CustomerScore snapshotCustomer(ResultSet rs, int row) throws SQLException {
        RegisterEntry entry = new RegisterEntry(rs.getLong("customer_id"), rs.getString("code"),
                rs.getString("name"), rs.getString("region"), rs.getString("industry"),
                rs.getString("value_tier"), rs.getBigDecimal("annual_value"),
                rs.getBoolean("key_account"));
        CustomerScore.Parts parts = new CustomerScore.Parts(score(rs.getString("survey_part")),
                score(rs.getString("returns_part")), score(rs.getString("lost_part")),
                score(rs.getString("praise_part")), score(rs.getString("claims_part")));
        String level = rs.getString("level");
        String segment = rs.getString("segment");
        return new CustomerScore(entry, rs.getBoolean("answered"), rs.getLong("responses"),
                score(rs.getString("survey_score")), rs.getLong("delivered"), rs.getLong("returned"),
                rs.getInt("lost"), rs.getInt("praise"), rs.getInt("claims"), parts,
                score(rs.getString("composite")), Verdict.valueOf(rs.getString("verdict")),
                Optional.ofNullable(level).map(SatisfactionLevel::valueOf),
                Optional.ofNullable(segment).map(Segment::valueOf), flags(rs.getString("flags")));
    }

    @Override
    public void markClosed(String period, long snapshotId, Instant at, String by) {
        jdbc.update("UPDATE period SET status = 'CLOSED', snapshot_id = ?, closed_at = ?, closed_by = ? WHERE id = ?",
                snapshotId, Timestamp.from(at), by, period);
    }

    @Override
    public void markReopened(String period, Instant at, String by, String reason) {
        jdbc.update("UPDATE period SET status = 'RE_OPENED', reopened_at = ?, reopened_by = ?, reopen_reason = ?"
                + " WHERE id = ?", Timestamp.from(at), by, reason, period);
    }

    @Override
    public void logEvent(String period, Instant at, String actor, String kind, PeriodStatus from, PeriodStatus to,
                         String reason, Long snapshotId) {
        jdbc.update("INSERT INTO period_event (period_id, at, actor, kind, from_status, to_status, reason, snapshot_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", period, Timestamp.from(at), actor, kind, from.name(), to.name(),
                reason, snapshotId);
    }

    @Override
    public List<PeriodResponseRow> responsesOfCustomer(String period, long customerId) {
        return jdbc.query("SELECT id, survey_id, submitted_at, earned_units, possible_units, excluded_reason,"
                + " excluded_text FROM response WHERE period = ? AND customer_id = ? ORDER BY submitted_at, id",
                (rs, n) -> new PeriodResponseRow(rs.getLong(1), rs.getLong(2), instant(rs, 3),
                        rs.getObject(4, Long.class), rs.getObject(5, Long.class), rs.getString(6), rs.getString(7)),
                period, customerId);
    }

    @Override
    public boolean exclude(String period, long responseId, String reason, String text) {
        return jdbc.update("UPDATE response SET excluded_reason = ?, excluded_text = ? WHERE id = ? AND period = ?"
                + " AND excluded_reason IS NULL", reason, text, responseId, period) == 1;
    }

    @Override
    public boolean restore(String period, long responseId) {
        return jdbc.update("UPDATE response SET excluded_reason = NULL, excluded_text = NULL WHERE id = ?"
                + " AND period = ? AND excluded_reason IS NOT NULL", responseId, period) == 1;
    }

    @Override
    public void logExclusion(String period, long customerId, ExclusionRow row) {
        jdbc.update("INSERT INTO response_exclusion (response_id, period_id, customer_id, action, reason, reason_text,"
                + " actor, at, composite_before, composite_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.responseId(), period, customerId, row.action(), row.reason(), row.reasonText(), row.actor(),
                Timestamp.from(row.at()), row.compositeBefore(), row.compositeAfter());
    }

    @Override
    public List<ExclusionRow> exclusionsOfCustomer(String period, long customerId) {
        return jdbc.query("SELECT response_id, action, reason, reason_text, actor, at, composite_before,"
                + " composite_after FROM response_exclusion WHERE period_id = ? AND customer_id = ? ORDER BY at, id",
                (rs, n) -> new ExclusionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), instant(rs, 6), rs.getString(7), rs.getString(8)), period, customerId);
    }

    @Override
    public List<PeriodEventRow> events(String period) {
        return jdbc.query("SELECT at, actor, kind, from_status, to_status, reason FROM period_event"
                + " WHERE period_id = ? ORDER BY at, id", (rs, n) -> new PeriodEventRow(instant(rs, 1),
                rs.getString(2), rs.getString(3), PeriodStatus.valueOf(rs.getString(4)),
                PeriodStatus.valueOf(rs.getString(5)), rs.getString(6)), period);
    }

    private static RegisterEntry registerEntry(ResultSet rs, int row) throws SQLException {
        return new RegisterEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBigDecimal(7), rs.getBoolean(8));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static String text(Optional<Score> score) {
        return score.map(Score::toString).orElse(null);
    }

    private static Optional<Score> score(String text) {
        return Optional.ofNullable(text).map(Score::parse);
    }

    /** Flags as their names in enum order, comma-separated; none is the empty text. */
    static String flagsText(Set<ReviewFlag> flags) {
        return Arrays.stream(ReviewFlag.values()).filter(flags::contains).map(Enum::name)
                .collect(Collectors.joining(","));
    }

    private static Set<ReviewFlag> flags(String text) {
        Set<ReviewFlag> flags = EnumSet.noneOf(ReviewFlag.class);
        if (text != null && !text.isEmpty()) {
            Arrays.stream(text.split(",")).map(ReviewFlag::valueOf).forEach(flags::add);
        }
        return flags;
    }

}
