package com.satisfaction.web.statistics;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The monthly complaint statistics of one year ({@code ?year=2026}, the current year by default); a year that is not
 * a whole number in the offered range shows the current year with a message saying so.
 */
@Controller
class StatisticsController {

    private static final String VIEW_COMPLAINTS = "statistics/complaints";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final ComplaintStatistics statistics;
    private final StatisticsCharts charts;

    StatisticsController(ComplaintStatistics statistics, StatisticsCharts charts) {
        this.statistics = statistics;
        this.charts = charts;
    }

    @GetMapping("/complaints/statistics")
    String complaints(@RequestParam(required = false) String year, Locale locale, Model model) {
        int shown = statistics.currentYear();
        if (year != null && !year.isBlank()) {
            String asked = year.strip();
            if (YEAR.matcher(asked).matches() && Integer.parseInt(asked) >= ComplaintStatistics.FIRST_YEAR
                    && Integer.parseInt(asked) <= ComplaintStatistics.LAST_YEAR) {
                shown = Integer.parseInt(asked);
            } else {
                model.addAttribute("yearProblem", true);
            }
        }
        YearStatistics figures = statistics.ofYear(shown);
        model.addAttribute("stats", figures);
        model.addAttribute("firstYear", ComplaintStatistics.FIRST_YEAR);
        model.addAttribute("lastYear", ComplaintStatistics.LAST_YEAR);
        model.addAttribute("categoryChart", charts.byCategory(figures, locale));
        model.addAttribute("timeChart", charts.handlingTimes(figures, locale));
        return VIEW_COMPLAINTS;
    }
}
