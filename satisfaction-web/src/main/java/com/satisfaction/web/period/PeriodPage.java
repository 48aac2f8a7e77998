package com.satisfaction.web.period;

import com.satisfaction.core.closing.PeriodStatus;
import com.satisfaction.persistence.period.PeriodEventRow;
import com.satisfaction.persistence.period.RegisterEntry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A half-year's page: status and snapshot, figures with n and intervals, the close gate, one page of customers with
 * their five parts, and the log of closes and re-opens.
 */
public record PeriodPage(String period, PeriodStatus status, Instant closedAt, String closedBy, String sha256,
                  String waiverBy, String waiverReason, String policyVersion, String policyText, Instant reopenedAt,
                  String reopenedBy, String reopenReason, List<Figure> figures, Gate gate, long customers,
                  long incomplete, List<CustomerLine> lines, int page, int totalPages, List<PeriodEventRow> events) {

    public boolean live() {
        return status.isLive();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }

    /**
     * One figure of the period.
     *
     * @param name     the figure's message key suffix
     * @param value    the value as shown (one decimal), or null for "no data"
     * @param percent  whether the value is a percentage
     * @param n        how many it is computed from
     * @param interval the 95 % Wilson interval as shown, for proportions
     * @param target   the target as shown, where there is one
     * @param met      whether the target is met (null: no target or no data)
     * @param note     a message key suffix with a note, or null
     * @param noteArg  the note's argument
     * @param insufficient whether n is below the policy's minimum sample, so the value is not shown
     */
    public record Figure(String name, String value, boolean percent, long n, String interval, String target, Boolean met,
                  String note, String noteArg, boolean insufficient) {

        Figure(String name, String value, boolean percent, long n, String interval, String target, Boolean met,
               String note, String noteArg) {
            this(name, value, percent, n, interval, target, met, note, noteArg, false);
        }

        /**
         * This figure, or "insufficient sample" in its place when it rests on fewer than {@code minimum} (a note that
         * is itself a figure — a mean, an NPS band — goes with it; counts stay).
         */
        Figure sampled(int minimum) {
            if (n == 0 || n >= minimum) {
                return this;
            }
            boolean figureNote = note != null && (note.equals("mean") || note.startsWith("band."));
            return new Figure(name, null, percent, n, null, target, null, figureNote ? null : note,
                    figureNote ? null : noteArg, true);
        }
    }

    /**
     * The close gate: the response rate against its target, key accounts answered, the shortfalls (message key
     * suffixes) and the key accounts still unanswered.
     */
    record Gate(boolean met, List<String> shortfalls, String responseRate, String target, long keyAccounts,
                long keyAccountsAnswered, List<RegisterEntry> unanswered) {
    }

    /** One customer's row: the five parts with their evidence, composite, verdict, level, segment and flags. */
    record CustomerLine(long id, String code, String name, boolean keyAccount, BigDecimal annualValue, long responses,
                        String surveyScore, List<PartCell> parts, String composite, String verdict, String level,
                        String segment, List<FlagCell> flags) {
    }

    /** A part as shown (null: no data) and the page listing its evidence (null: none). */
    record PartCell(String part, String shown, String evidenceUrl) {
    }

    /** A review flag, the link that makes it an improvement action, and the actions already made from it. */
    record FlagCell(String flag, String actionUrl, List<FlagAction> actions) {
    }

    /** An improvement action made from a flag: its page, title and status. */
    record FlagAction(long id, String title, String status) {
    }
}
