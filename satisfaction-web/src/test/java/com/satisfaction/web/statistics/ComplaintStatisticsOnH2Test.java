package com.satisfaction.web.statistics;

import com.satisfaction.core.complaint.HandlingTargets;
import com.satisfaction.persistence.statistics.ComplaintStatisticsQueries;
import com.satisfaction.persistence.statistics.ComplaintWindowFigures;
import com.satisfaction.persistence.statistics.TimeWindow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics' one SQL aggregate on the default embedded database (H2 in PostgreSQL mode, the same set-up as
 * {@code BootOnH2Test}): FILTER, PERCENTILE_CONT and the VALUES list of months give the figures PostgreSQL gives.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:boot-on-h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "satisfaction.login.initial-admin-password="})
@AutoConfigureMockMvc
class ComplaintStatisticsOnH2Test {

    private static final int YEAR = 2013;

    @Autowired
    ComplaintStatisticsQueries queries;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_aggregate_gives_the_hand_computed_figures_on_h2() {
        long admin = jdbc.queryForObject("SELECT MIN(id) FROM app_user", Long.class);
        ComplaintRows.insert(jdbc, YEAR, admin, ComplaintRows.A_YEAR);
        Instant now = LocalDateTime.of(YEAR, 6, 20, 12, 0).atZone(ComplaintRows.SHANGHAI).toInstant();

        List<ComplaintWindowFigures> months = queries.figuresByWindow(months(), HandlingTargets.defaults(), now);

        ComplaintWindowFigures january = months.get(0);
        assertThat(january.received()).isEqualTo(5);
        assertThat(january.byCategory()).containsExactly(2L, 1L, 1L, 1L, 0L, 0L);
        assertThat(january.bySeverity()).containsExactly(1L, 1L, 2L, 1L);
        assertThat(january.closed()).isEqualTo(3);
        assertThat(january.overdue()).isEqualTo(1);
        assertThat(january.acknowledged()).isEqualTo(5);
        assertThat(january.acknowledgeSecondsTotal()).isEqualByComparingTo("74700");
        assertThat(january.acknowledgeSecondsMedian()).isEqualByComparingTo("10800");
        assertThat(january.resolved()).isEqualTo(4);
        assertThat(january.resolveSecondsMedian()).isEqualByComparingTo(BigDecimal.valueOf(39 * 3600));
        assertThat(january.rated()).isEqualTo(3);
        assertThat(january.ratingTotal()).isEqualTo(13);

        ComplaintWindowFigures march = months.get(2);
        assertThat(march.received()).isZero();
        assertThat(march.acknowledgeSecondsTotal()).isNull();
        assertThat(march.acknowledgeSecondsMedian()).isNull();

        assertThat(months.get(4).received()).as("03:00 on 1 May in Shanghai").isEqualTo(1);
        assertThat(months.get(5).overdue()).as("June at its 48 h deadline").isZero();
    }

    private static List<TimeWindow> months() {
        List<TimeWindow> windows = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate first = LocalDate.of(YEAR, month, 1);
            windows.add(new TimeWindow(month, first.atStartOfDay(ComplaintRows.SHANGHAI).toInstant(),
                    first.plusMonths(1).atStartOfDay(ComplaintRows.SHANGHAI).toInstant()));
        }
        return windows;
    }
}
