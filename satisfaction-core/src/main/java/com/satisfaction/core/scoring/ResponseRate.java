package com.satisfaction.core.scoring;

import java.util.Objects;
import java.util.Optional;

/**
 * Response rate (回收率) of a campaign (SPEC §3): {@code answered ÷ sent × 100}, against the campaign's target (default
 * {@code 70 %}). Not the product return rate of SPEC §4.6, which is {@link ProductReturnRate}. Built by name, so that
 * the two counts cannot be swapped unnoticed:
 * <pre>{@code
 * ResponseRate.answered(7).ofSent(10)                                 // Optional[70 %], target 70 % met
 * ResponseRate.answered(7).ofSent(10).map(rate -> rate.withTarget(Score.of(80)))   // not met
 * }</pre>
 *
 * @param answered recipients who answered, 0 to {@code sent}
 * @param sent     recipients the survey was sent to, at least 1
 * @param target   the target percentage, 0–100, with at most one decimal (it is compared with the rate as shown)
 */
public record ResponseRate(long answered, long sent, Score target) {

    /** The target of a campaign unless its manager sets another: 70 %. */
    public static final Score DEFAULT_TARGET = Score.of(70);

    /**
     * Creates a response rate.
     *
     * @throws IllegalArgumentException when nothing was sent, {@code answered} is outside 0–{@code sent}, or the
     *                                  target is outside 0–100 or has more than one decimal
     */
    public ResponseRate {
        if (sent <= 0) {
            throw new IllegalArgumentException("surveys sent " + sent + " must be at least 1; nothing sent is "
                    + "\"no data\", use ResponseRate.answered(…).ofSent(…) which returns Optional");
        }
        Require.between("surveys answered", answered, 0, sent);
        Objects.requireNonNull(target, "target");
        Require.between("response-rate target", target, Score.ZERO, Score.HUNDRED);
        Require.shownExactly("response-rate target", target);
    }

    /**
     * The first half of {@code ResponseRate.answered(answered).ofSent(sent)}.
     *
     * @param recipients the recipients who answered
     */
    public static Answered answered(long recipients) {
        return new Answered(recipients);
    }

    /**
     * This rate against another target, e.g. the campaign's own.
     *
     * @throws IllegalArgumentException when the target is outside 0–100 or has more than one decimal
     */
    public ResponseRate withTarget(Score newTarget) {
        return new ResponseRate(answered, sent, newTarget);
    }

    /** {@code answered ÷ sent × 100}, from 0 to 100. */
    public Score percentage() {
        return Score.percent(answered, sent);
    }

    /** Whether the rate, as shown, is at least the target: 69.96 % shows 70.0 % and meets a target of 70 %. */
    public boolean targetMet() {
        return percentage().displayed().isAtLeast(target);
    }

    /**
     * The recipients who answered, waiting for the number sent.
     *
     * @param recipients the recipients who answered
     */
    public record Answered(long recipients) {

        /**
         * The response rate against the {@linkplain #DEFAULT_TARGET default target}; empty when nothing was sent.
         *
         * @param sent the recipients the survey was sent to
         * @throws IllegalArgumentException when a count is negative or more answered than were sent
         */
        public Optional<ResponseRate> ofSent(long sent) {
            Require.count("surveys sent", sent);
            Require.between("surveys answered", recipients, 0, sent);
            return sent == 0 ? Optional.empty() : Optional.of(new ResponseRate(recipients, sent, DEFAULT_TARGET));
        }
    }
}
