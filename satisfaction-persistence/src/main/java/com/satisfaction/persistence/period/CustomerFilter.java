package com.satisfaction.persistence.period;

import com.satisfaction.core.scoring.ReviewFlag;
import com.satisfaction.core.scoring.Verdict;
import com.satisfaction.core.segmentation.SatisfactionLevel;
import com.satisfaction.core.segmentation.Segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which customers of a half-year a table shows: each criterion is empty (any) or one value. The same criteria answer
 * in SQL over a closed half-year's snapshot ({@link #where}) and over a live half-year's scores ({@link #matches}).
 *
 * @param segment the value × satisfaction cell
 * @param level   the satisfaction level
 * @param region  the region, as the register writes it
 * @param flag    a review flag the customer has
 * @param verdict satisfied, not satisfied or no data
 */
public record CustomerFilter(Segment segment, SatisfactionLevel level, String region, ReviewFlag flag,
                             Verdict verdict) {

    public static final CustomerFilter ANY = new CustomerFilter(null, null, null, null, null);

    public boolean matches(CustomerScore s) {
        return (segment == null || s.segment().filter(segment::equals).isPresent())
                && (level == null || s.level().filter(level::equals).isPresent())
                && (region == null || region.equals(s.customer().region()))
                && (flag == null || s.flags().contains(flag))
                && (verdict == null || verdict == s.verdict());
    }

    /** The SQL condition over {@code period_snapshot_customer} (after {@code snapshot_id = ?}) and its arguments. */
    Condition where() {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (segment != null) {
            sql.append(" AND segment = ?");
            args.add(segment.name());
        }
        if (level != null) {
            sql.append(" AND level = ?");
            args.add(level.name());
        }
        if (region != null) {
            sql.append(" AND region = ?");
            args.add(region);
        }
        if (flag != null) {
            // flags are stored as their names joined by commas; no flag name contains another
            sql.append(" AND flags LIKE ?");
            args.add("%" + flag.name() + "%");
        }
        if (verdict != null) {
            sql.append(" AND verdict = ?");
            args.add(verdict.name());
        }
        return new Condition(sql.toString(), args);
    }

    record Condition(String sql, List<Object> args) {

        Condition {
            Objects.requireNonNull(sql, "sql");
            args = List.copyOf(args);
        }
    }
}
