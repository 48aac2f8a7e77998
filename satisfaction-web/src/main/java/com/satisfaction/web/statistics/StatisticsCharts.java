package com.satisfaction.web.statistics;

import com.satisfaction.core.statistics.HandlingTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The statistics' charts as ECharts options in JSON, for a {@code data-chart} attribute that {@code js/charts.js}
 * renders: no inline script, and every label from the message bundle in the page's language. Only data and
 * settings, never functions, so the JSON is all a chart needs. Tooltips are drawn on the canvas ({@code richText}),
 * not as HTML with inline styles, so the Content-Security-Policy stays as strict as it is.
 */
@Component
class StatisticsCharts {

    private final JsonMapper json;
    private final MessageSource messages;

    StatisticsCharts(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** Stacked bars: complaints received per month, one colour per category. */
    String byCategory(YearStatistics statistics, Locale locale) {
        List<Object> series = new ArrayList<>();
        for (int i = 0; i < statistics.categories().size(); i++) {
            int category = i;
            series.add(object("name", text("statistics.category." + statistics.categories().get(i), locale),
                    "type", "bar", "stack", "received", "emphasis", object("focus", "series"),
                    "data", statistics.months().stream().map(m -> m.byCategory().get(category)).toList()));
        }
        return json.writeValueAsString(option(statistics, locale, text("statistics.chart.complaints", locale), true, series));
    }

    /** Lines: mean response and resolution time per month in hours, with a gap where a month has no data. */
    String handlingTimes(YearStatistics statistics, Locale locale) {
        List<Object> series = List.of(
                line(text("statistics.responseMean", locale), statistics, MonthFigures::response),
                line(text("statistics.resolutionMean", locale), statistics, MonthFigures::resolution));
        return json.writeValueAsString(option(statistics, locale, text("statistics.chart.hours", locale), false, series));
    }

    private static Map<String, Object> line(String name, YearStatistics statistics,
                                            Function<MonthFigures, HandlingTime> time) {
        List<Object> data = new ArrayList<>();
        statistics.months().forEach(m -> data.add(time.apply(m).meanForChart()));
        return object("name", name, "type", "line", "connectNulls", false, "symbolSize", 8, "data", data);
    }

    private Map<String, Object> option(YearStatistics statistics, Locale locale, String axisName, boolean counts,
                                       List<Object> series) {
        return object(
                "animationDuration", 300,
                "tooltip", object("trigger", "axis", "renderMode", "richText"),
                "legend", object("top", 0, "type", "scroll"),
                "grid", object("left", 8, "right", 16, "top", 56, "bottom", 8, "containLabel", true),
                "xAxis", object("type", "category",
                        "data", statistics.months().stream().map(m -> m.label(locale)).toList()),
                "yAxis", counts
                        ? object("type", "value", "name", axisName, "nameTextStyle", object("align", "left"),
                                "minInterval", 1)
                        : object("type", "value", "name", axisName, "nameTextStyle", object("align", "left")),
                "series", series);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** A JSON object keeping the order of its keys; values may be null (a gap in a line). */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
