package com.satisfaction.core.closing;

import com.satisfaction.core.closing.GateResult.Shortfall;
import com.satisfaction.core.scoring.ResponseRate;
import com.satisfaction.core.scoring.Score;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClosingTest {

    private static final Waiver WAIVER = new Waiver("qm.wang", "Two key accounts closed for the holiday; agreed with the auditor");

    private static Optional<ResponseRate> rate(long answered, long sent) {
        return ResponseRate.answered(answered).ofSent(sent);
    }

    @Nested
    class Gate {

        @Test
        void a_period_with_its_target_met_and_every_key_account_answered_meets_the_gate() {
            GateResult gate = CloseGate.check(rate(70, 100), 3, 3, Optional.empty());
            assertThat(gate.met()).isTrue();
            assertThat(gate.passed()).isTrue();
            assertThat(gate.waived()).isFalse();
        }

        @Test
        void a_rate_that_shows_as_the_target_meets_it() {
            // 699 of 1000 = 69.9 % is below 70; 6995 of 10000 = 69.95 % shows 70.0 and meets it
            assertThat(CloseGate.check(rate(699, 1000), 0, 0, Optional.empty()).shortfalls())
                    .containsExactly(Shortfall.RESPONSE_RATE_BELOW_TARGET);
            assertThat(CloseGate.check(rate(6995, 10000), 0, 0, Optional.empty()).met()).isTrue();
        }

        @Test
        void an_unanswered_key_account_and_a_low_rate_are_both_named() {
            GateResult gate = CloseGate.check(rate(10, 100), 4, 3, Optional.empty());
            assertThat(gate.shortfalls()).containsExactly(Shortfall.RESPONSE_RATE_BELOW_TARGET,
                    Shortfall.KEY_ACCOUNT_UNANSWERED);
            assertThat(gate.passed()).isFalse();
        }

        @Test
        void nothing_sent_is_a_shortfall_not_a_met_target() {
            assertThat(CloseGate.check(Optional.empty(), 0, 0, Optional.empty()).shortfalls())
                    .containsExactly(Shortfall.NOTHING_SENT);
        }

        @Test
        void a_waiver_lets_a_period_below_its_gate_pass_and_says_so() {
            GateResult gate = CloseGate.check(rate(10, 100), 4, 3, Optional.of(WAIVER));
            assertThat(gate.met()).isFalse();
            assertThat(gate.passed()).isTrue();
            assertThat(gate.waived()).isTrue();
            assertThat(CloseGate.check(rate(80, 100), 1, 1, Optional.of(WAIVER)).waived()).isFalse();
        }

        @Test
        void inconsistent_key_account_counts_are_a_bug() {
            assertThatThrownBy(() -> CloseGate.check(rate(1, 1), 2, 3, Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CloseGate.check(rate(1, 1), -1, 0, Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CloseGate.check(rate(1, 1), 1, -1, Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_waiver_names_who_and_why() {
            assertThatThrownBy(() -> new Waiver(" ", "why")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Waiver("qm", " ")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Waiver("qm", null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Waiver("qm", "x".repeat(PeriodLifecycle.MAX_TEXT + 1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(new Waiver("qm", "x".repeat(PeriodLifecycle.MAX_TEXT)).reason()).hasSize(PeriodLifecycle.MAX_TEXT);
        }
    }

    @Nested
    class Lifecycle {

        private final GateResult met = CloseGate.check(rate(80, 100), 0, 0, Optional.empty());
        private final GateResult short_ = CloseGate.check(rate(10, 100), 0, 0, Optional.empty());

        @Test
        void an_open_or_reopened_period_closes_when_its_gate_passes() {
            assertThat(PeriodLifecycle.close(PeriodStatus.OPEN, met))
                    .isEqualTo(new PeriodTransition.Allowed(PeriodStatus.CLOSED));
            assertThat(PeriodLifecycle.close(PeriodStatus.RE_OPENED, met))
                    .isEqualTo(new PeriodTransition.Allowed(PeriodStatus.CLOSED));
        }

        @Test
        void closing_below_the_gate_or_twice_is_refused() {
            assertThat(PeriodLifecycle.close(PeriodStatus.OPEN, short_))
                    .isEqualTo(new PeriodTransition.Refused("period.refused.gate"));
            assertThat(PeriodLifecycle.close(PeriodStatus.CLOSED, met))
                    .isEqualTo(new PeriodTransition.Refused("period.refused.alreadyClosed"));
        }

        @Test
        void only_a_closed_period_reopens_and_only_with_a_reason() {
            assertThat(PeriodLifecycle.reopen(PeriodStatus.CLOSED, "A late claim of customer C-07"))
                    .isEqualTo(new PeriodTransition.Allowed(PeriodStatus.RE_OPENED));
            assertThat(PeriodLifecycle.reopen(PeriodStatus.CLOSED, "  "))
                    .isEqualTo(new PeriodTransition.Refused("period.refused.reasonRequired"));
            assertThat(PeriodLifecycle.reopen(PeriodStatus.CLOSED, null))
                    .isEqualTo(new PeriodTransition.Refused("period.refused.reasonRequired"));
            assertThat(PeriodLifecycle.reopen(PeriodStatus.CLOSED, "x".repeat(PeriodLifecycle.MAX_TEXT + 1)))
                    .isEqualTo(new PeriodTransition.Refused("period.refused.reasonTooLong"));
            assertThat(PeriodLifecycle.reopen(PeriodStatus.OPEN, "why"))
                    .isEqualTo(new PeriodTransition.Refused("period.refused.notClosed"));
            assertThat(PeriodLifecycle.reopen(PeriodStatus.RE_OPENED, "why"))
                    .isEqualTo(new PeriodTransition.Refused("period.refused.notClosed"));
        }

        @Test
        void scores_are_live_unless_closed() {
            assertThat(PeriodStatus.OPEN.isLive()).isTrue();
            assertThat(PeriodStatus.RE_OPENED.isLive()).isTrue();
            assertThat(PeriodStatus.CLOSED.isLive()).isFalse();
        }

        @Test
        void only_other_needs_an_explanation() {
            assertThat(ExclusionReason.OTHER.needsText()).isTrue();
            assertThat(ExclusionReason.DUPLICATE.needsText()).isFalse();
            assertThat(ExclusionReason.TEST.needsText()).isFalse();
            assertThat(ExclusionReason.WRONG_RESPONDENT.needsText()).isFalse();
        }

        @Test
        void a_reason_code_is_read_by_its_exact_name_and_anything_else_is_none() {
            assertThat(ExclusionReason.fromName("DUPLICATE")).contains(ExclusionReason.DUPLICATE);
            assertThat(ExclusionReason.fromName("OTHER")).contains(ExclusionReason.OTHER);
            assertThat(ExclusionReason.fromName("duplicate")).isEmpty();
            assertThat(ExclusionReason.fromName("")).isEmpty();
            assertThat(ExclusionReason.fromName(null)).isEmpty();
        }
    }

    @Nested
    class Snapshot {

        @Test
        void the_text_is_the_header_and_the_sorted_lines_and_its_hash_is_what_sha256sum_prints() {
            SnapshotText snapshot = new SnapshotText();
            snapshot.line("b").with("y", "|z").add();
            snapshot.line("a").with("x", 1).add();
            assertThat(snapshot.text()).isEqualTo("satisfaction-snapshot v1\na|x=1\nb|y=\\|z\n");
            // printf 'satisfaction-snapshot v1\na|x=1\nb|y=\\|z\n' | sha256sum
            assertThat(snapshot.sha256()).isEqualTo("ff96e585c8a5e69097713933374419ce358fea710eeae8c6ff7b93e9eea75373");
        }

        @Test
        void the_order_lines_are_added_in_does_not_change_the_hash() {
            SnapshotText one = new SnapshotText();
            one.line("customer").with("code", "C-01").with("composite", Score.of("84.95")).add();
            one.line("customer").with("code", "C-02").with("composite", Optional.empty()).add();
            SnapshotText other = new SnapshotText();
            other.line("customer").with("code", "C-02").with("composite", Optional.empty()).add();
            other.line("customer").with("code", "C-01").with("composite", Score.of("84.95")).add();
            assertThat(one.sha256()).isEqualTo(other.sha256());
            assertThat(one.text()).contains("customer|code=C-01|composite=84.95\n", "customer|code=C-02|composite=-\n");
        }

        @Test
        void any_changed_digit_changes_the_hash() {
            SnapshotText exact = new SnapshotText();
            exact.line("customer").with("composite", Score.ratio(289, 3)).with("key", true).add();
            SnapshotText rounded = new SnapshotText();
            rounded.line("customer").with("composite", Score.of("96.3")).with("key", true).add();
            assertThat(exact.text()).contains("composite=289/3|key=true");
            assertThat(exact.sha256()).isNotEqualTo(rounded.sha256());
        }

        @Test
        void separators_and_line_breaks_in_text_cannot_forge_another_field_or_line() {
            SnapshotText snapshot = new SnapshotText();
            snapshot.line("customer").with("name", "A|b=c\nd\re\\").with("region", (String) null)
                    .with("industry", "-").with("delivered", Optional.of(Score.of(5))).add();
            assertThat(snapshot.text()).isEqualTo(
                    "satisfaction-snapshot v1\ncustomer|name=A\\|b\\=c\\nd\\re\\\\|region=-|industry=\\-|delivered=5\n");
        }
    }
}
