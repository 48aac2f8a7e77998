package com.satisfaction.web.dashboard;

import com.satisfaction.core.closing.PeriodStatus;
import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.CompositePart;
import com.satisfaction.core.scoring.ReviewFlag;
import com.satisfaction.core.scoring.Score;
import com.satisfaction.persistence.period.CustomerFilter;
import com.satisfaction.persistence.period.CustomerOrder;
import com.satisfaction.persistence.period.CustomerScore;
import com.satisfaction.persistence.period.SnapshotCustomerQueries;
import com.satisfaction.web.period.HalfYearResults;
import com.satisfaction.web.period.HalfYearResults.HalfYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The per-customer table of a half-year, filtered, sorted and one page at a time: for a closed half-year the page is
 * cut in SQL from its snapshot; a live half-year is scored in full anyway, so its page is cut from the scores.
 */
@Service
class CustomerTable {

    static final int PAGE_SIZE = 50;

    private final HalfYearResults halfYears;
    private final SnapshotCustomerQueries snapshots;

    CustomerTable(HalfYearResults halfYears, SnapshotCustomerQueries snapshots) {
        this.halfYears = halfYears;
        this.snapshots = snapshots;
    }

    /** A customer's row: the five parts, composite, verdict, level and segment as shown, and its flags. */
    record Row(long id, String code, String name, boolean keyAccount, String region, BigDecimal annualValue,
               List<String> parts, String composite, String verdict, String level, String segment,
               List<String> flags) {
    }

    /** One page of the table; {@code page} counts from 0. */
    record Page(String period, PeriodStatus status, List<Row> rows, long total, int page, int totalPages,
                List<String> regions) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < totalPages;
        }
    }

    @Transactional(readOnly = true)
    public Page page(Period period, CustomerFilter filter, CustomerOrder order, boolean descending, int page) {
        HalfYear halfYear = halfYears.of(period);
        List<CustomerScore> shown;
        long total;
        int current;
        List<String> regions;
        if (halfYear.closed()) {
            long snapshotId = halfYear.snapshotId().getAsLong();
            total = snapshots.count(snapshotId, filter);
            current = clamp(page, total);
            shown = snapshots.page(snapshotId, filter, order, descending, current * PAGE_SIZE, PAGE_SIZE);
            regions = snapshots.regions(snapshotId);
        } else {
            List<CustomerScore> matching = halfYear.liveCustomers().stream().filter(filter::matches)
                    .sorted(order.comparator(descending)).toList();
            total = matching.size();
            current = clamp(page, total);
            shown = matching.subList(Math.min(matching.size(), current * PAGE_SIZE),
                    Math.min(matching.size(), (current + 1) * PAGE_SIZE));
            regions = halfYear.liveCustomers().stream().map(s -> s.customer().region()).filter(Objects::nonNull)
                    .distinct().sorted().toList();
        }
        return new Page(period.toString(), halfYear.status(), shown.stream().map(CustomerTable::row).toList(), total,
                current, pages(total), regions);
    }

    private static int pages(long total) {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private static int clamp(int page, long total) {
        return Math.min(Math.max(page, 0), pages(total) - 1);
    }

    private static Row row(CustomerScore s) {
        return new Row(s.customerId(), s.customer().code(), s.customer().name(), s.customer().keyAccount(),
                s.customer().region(), s.customer().annualValue(),
                Arrays.stream(CompositePart.values()).map(part -> s.parts().of(part).map(Score::display).orElse(null))
                        .toList(),
                s.composite().map(Score::display).orElse(null), s.verdict().name(),
                s.level().map(Enum::name).orElse(null), s.segment().map(Enum::name).orElse(null),
                Arrays.stream(ReviewFlag.values()).filter(s.flags()::contains).map(Enum::name).toList());
    }
}
