package com.satisfaction.web.dashboard;

import com.satisfaction.web.period.PeriodPage;

/**
 * A headline figure of the half-year beside the previous half-year's.
 *
 * @param now      the figure of the half-year shown
 * @param before   the same figure of the half-year before (null when there is none)
 * @param bundle   the message bundle naming the figure and its note ({@code periods} or {@code dashboard})
 */
public record Tile(PeriodPage.Figure now, PeriodPage.Figure before, String bundle) {

    /** The value shown now, or null for "no data" or an insufficient sample. */
    public String value() {
        return shown(now);
    }

    public String previous() {
        return shown(before);
    }

    /**
     * The change from the previous value to this one, as the two are shown (so it never contradicts them), signed;
     * null when either is missing.
     */
    public String change() {
        return Change.between(previous(), value());
    }

    public String labelKey() {
        return bundle + ".figure." + now.name();
    }

    public String noteKey() {
        return now.note() == null ? null : bundle + ".note." + now.note();
    }

    private static String shown(PeriodPage.Figure figure) {
        return figure == null || figure.insufficient() ? null : figure.value();
    }
}
