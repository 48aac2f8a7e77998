package com.satisfaction.web.dashboard;

import com.satisfaction.core.period.Period;
import com.satisfaction.core.scoring.ReviewFlag;
import com.satisfaction.core.scoring.Verdict;
import com.satisfaction.core.segmentation.SatisfactionLevel;
import com.satisfaction.core.segmentation.Segment;
import com.satisfaction.persistence.period.CustomerFilter;
import com.satisfaction.persistence.period.CustomerOrder;
import com.satisfaction.persistence.period.PeriodListRow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The half-year dashboard ({@code /dashboard?period=2026-H1}) and its per-customer table ({@code /dashboard/customers}),
 * whose half-year is chosen on the dashboard (so the table does not read the list of every half-year).
 * A parameter that is not one of the offered values is ignored with a message saying so, never an error page.
 */
@Controller
class DashboardController {

    private static final String VIEW_DASHBOARD = "dashboard/show";
    private static final String VIEW_CUSTOMERS = "dashboard/customers";

    private final Dashboards dashboards;
    private final CustomerTable table;
    private final DashboardCharts charts;
    private final Clock clock;

    DashboardController(Dashboards dashboards, CustomerTable table, DashboardCharts charts, Clock clock) {
        this.dashboards = dashboards;
        this.table = table;
        this.charts = charts;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String period, Locale locale, Model model) {
        Period shown = period(period, model);
        DashboardPage page = dashboards.of(shown);
        model.addAttribute("view", page);
        model.addAttribute("charts", charts.of(page, locale));
        return VIEW_DASHBOARD;
    }

    @GetMapping("/dashboard/customers")
    String customers(@RequestParam(required = false) String period, @RequestParam(required = false) String sort,
                     @RequestParam(required = false) String dir, @RequestParam(required = false) String segment,
                     @RequestParam(required = false) String level, @RequestParam(required = false) String region,
                     @RequestParam(required = false) String flag, @RequestParam(required = false) String verdict,
                     @RequestParam(required = false) String page, Model model) {
        Period shown = period(period, model);
        Choices choices = new Choices();
        CustomerFilter filter = new CustomerFilter(choices.of(Segment.class, segment),
                choices.of(SatisfactionLevel.class, level), blankToNull(region), choices.of(ReviewFlag.class, flag),
                choices.of(Verdict.class, verdict));
        CustomerOrder order = Optional.ofNullable(choices.of(CustomerOrder.class, sort)).orElse(CustomerOrder.COMPOSITE);
        boolean descending = dir == null || dir.isBlank() ? order != CustomerOrder.CODE : !"asc".equalsIgnoreCase(dir);
        int pageNumber = choices.page(page);
        model.addAttribute("view", table.page(shown, filter, order, descending, pageNumber));
        model.addAttribute("filter", filter);
        model.addAttribute("sort", order.name());
        model.addAttribute("dir", descending ? "desc" : "asc");
        if (choices.refused) {
            model.addAttribute("choiceProblem", true);
        }
        return VIEW_CUSTOMERS;
    }

    /** The half-year asked for, or the default one with a message when the text is not a half-year. */
    private Period period(String text, Model model) {
        if (text != null && !text.isBlank()) {
            try {
                return Period.of(text.strip());
            } catch (IllegalArgumentException notAPeriod) {
                model.addAttribute("periodProblem", true);
            }
        }
        List<PeriodListRow> known = dashboards.periods();
        return Dashboards.defaultPeriod(known, LocalDate.now(clock));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Reads the table's choices, noting any that is not one of the offered values (it is then ignored). */
    private static final class Choices {
        boolean refused;

        <E extends Enum<E>> E of(Class<E> type, String text) {
            String name = blankToNull(text);
            if (name == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException notOne) {
                refused = true;
                return null;
            }
        }

        int page(String text) {
            String number = blankToNull(text);
            if (number == null) {
                return 0;
            }
            try {
                return Math.max(0, Integer.parseInt(number));
            } catch (NumberFormatException notANumber) {
                refused = true;
                return 0;
            }
        }
    }
}
