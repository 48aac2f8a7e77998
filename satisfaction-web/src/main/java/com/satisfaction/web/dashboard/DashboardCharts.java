package com.satisfaction.web.dashboard;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The dashboard's charts as ECharts options in JSON for a {@code data-chart} attribute ({@code js/charts.js} draws
 * them; no inline script). Every number is the one its table shows (parsed from the text shown), labels come from the
 * message bundles, tooltips are drawn on the canvas so the Content-Security-Policy stays strict.
 */
@Component
class DashboardCharts {

    private final JsonMapper json;
    private final MessageSource messages;

    DashboardCharts(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** Every chart of the page by the id of its element. */
    Map<String, String> of(DashboardPage page, Locale locale) {
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("trend", trend(page.trend(), locale));
        DashboardPage.Answers a = page.answers();
        charts.put("nps", bars(List.of(text("dashboard.answers.promoters", locale),
                text("dashboard.answers.passives", locale), text("dashboard.answers.detractors", locale)),
                List.of(a.promoters(), a.passives(), a.detractors()), locale));
        charts.put("csat", bars(List.of(text("dashboard.answers.positive", locale),
                text("dashboard.answers.other", locale)), List.of(a.csatPositive(), a.csatOther()), locale));
        charts.put("ces", bars(List.of(text("dashboard.answers.positive", locale),
                text("dashboard.answers.other", locale)), List.of(a.cesPositive(), a.cesOther()), locale));
        page.breakdowns().forEach((dimension, groups) -> charts.put("breakdown-" + dimension.name(),
                breakdown(dimension, groups, locale)));
        charts.put("grid", bars(page.grid().stream().map(c -> text("periods.segment." + c.segment().name(), locale))
                .toList(), page.grid().stream().map(ValueGrid.Cell::customers).toList(), locale));
        charts.put("expectations", expectations(page.expectations(), locale));
        return charts;
    }

    /** A quadrant: each indicator at (gap, weight), so a heavy indicator below expectation stands out bottom right. */
    private String expectations(List<Expectations.Indicator> indicators, Locale locale) {
        List<Object> points = indicators.stream().filter(i -> i.gap() != null && i.weight() != null)
                .map(i -> (Object) object("name", "en".equals(locale.getLanguage()) ? i.textEn() : i.textZh(),
                        "value", List.of(number(i.gap()), number(i.weight()))))
                .toList();
        return json.writeValueAsString(object(
                "animationDuration", 300,
                "tooltip", object("trigger", "item", "renderMode", "richText"),
                "grid", object("left", 8, "right", 24, "top", 40, "bottom", 8, "containLabel", true),
                "xAxis", object("type", "value", "name", text("dashboard.expectations.gap", locale)),
                "yAxis", object("type", "value", "name", text("dashboard.expectations.weight", locale), "min", 0),
                "series", List.of(object("type", "scatter", "symbolSize", 14,
                        "label", object("show", true, "position", "right", "formatter", "{b}"),
                        "markLine", object("silent", true, "symbol", "none", "data", List.of(object("xAxis", 0))),
                        "data", points))));
    }

    private String trend(List<DashboardPage.TrendPoint> trend, Locale locale) {
        List<Object> series = List.of(
                line(text("periods.figure.overallComposite", locale), trend, DashboardPage.TrendPoint::composite),
                line(text("periods.figure.satisfactionRate", locale), trend, DashboardPage.TrendPoint::satisfactionRate),
                line(text("periods.figure.responseRate", locale), trend, DashboardPage.TrendPoint::responseRate),
                line(text("periods.figure.nps", locale), trend, DashboardPage.TrendPoint::nps));
        return json.writeValueAsString(option(trend.stream().map(DashboardPage.TrendPoint::period).toList(), series,
                false));
    }

    private static Map<String, Object> line(String name, List<DashboardPage.TrendPoint> trend,
                                            Function<DashboardPage.TrendPoint, String> value) {
        return object("name", name, "type", "line", "connectNulls", false, "symbolSize", 8,
                "data", trend.stream().map(point -> number(value.apply(point))).toList());
    }

    private String breakdown(Breakdown.Dimension dimension, List<Breakdown.Group> groups, Locale locale) {
        List<String> labels = groups.stream().map(g -> groupLabel(dimension, g.key(), locale)).toList();
        List<Object> series = List.of(
                object("name", text("periods.figure.overallComposite", locale), "type", "bar",
                        "data", groups.stream().map(g -> number(g.composite())).toList()),
                object("name", text("periods.figure.satisfactionRate", locale), "type", "bar",
                        "data", groups.stream().map(g -> number(g.satisfactionRate())).toList()));
        return json.writeValueAsString(option(labels, series, false));
    }

    /** A group's name as the table shows it. */
    private String groupLabel(Breakdown.Dimension dimension, String key, Locale locale) {
        if (key == null) {
            return text("dashboard.group.none", locale);
        }
        return dimension == Breakdown.Dimension.KEY_ACCOUNT ? text("dashboard.keyAccount." + key, locale) : key;
    }

    private String bars(List<String> labels, List<Long> counts, Locale locale) {
        return json.writeValueAsString(option(labels, List.of(object("name", text("dashboard.count", locale),
                "type", "bar", "data", counts)), true));
    }

    private static Map<String, Object> option(List<String> categories, List<Object> series, boolean counts) {
        Map<String, Object> yAxis = counts ? object("type", "value", "minInterval", 1) : object("type", "value");
        return object(
                "animationDuration", 300,
                "tooltip", object("trigger", "axis", "renderMode", "richText"),
                "legend", object("top", 0, "type", "scroll"),
                "grid", object("left", 8, "right", 16, "top", 40, "bottom", 8, "containLabel", true),
                "xAxis", object("type", "category", "data", categories),
                "yAxis", yAxis,
                "series", series);
    }

    private static BigDecimal number(String shown) {
        return shown == null ? null : new BigDecimal(shown);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
