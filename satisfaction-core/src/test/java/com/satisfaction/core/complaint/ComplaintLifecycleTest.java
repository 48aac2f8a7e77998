package com.satisfaction.core.complaint;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static com.satisfaction.core.complaint.ComplaintStatus.ACKNOWLEDGED;
import static com.satisfaction.core.complaint.ComplaintStatus.CLOSED;
import static com.satisfaction.core.complaint.ComplaintStatus.FOLLOWED_UP;
import static com.satisfaction.core.complaint.ComplaintStatus.INVESTIGATING;
import static com.satisfaction.core.complaint.ComplaintStatus.RECEIVED;
import static com.satisfaction.core.complaint.ComplaintStatus.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintLifecycleTest {

    private static final String LONG = "x".repeat(ComplaintLifecycle.MAX_TEXT + 1);

    private static Outcome allowed(ComplaintStatus status) {
        return new Outcome.Allowed(status);
    }

    private static Outcome refused(String reason) {
        return new Outcome.Refused(reason);
    }

    @Nested
    class The_forward_path {

        @Test
        void a_received_complaint_is_acknowledged_without_any_field() {
            assertThat(ComplaintLifecycle.check(RECEIVED, Transition.ACKNOWLEDGE, StepInput.none()))
                    .isEqualTo(allowed(ACKNOWLEDGED));
        }

        @Test
        void an_acknowledged_complaint_goes_under_investigation_with_a_note_if_one_is_given() {
            assertThat(ComplaintLifecycle.check(ACKNOWLEDGED, Transition.INVESTIGATE, StepInput.note("8D team formed")))
                    .isEqualTo(allowed(INVESTIGATING));
        }

        @Test
        void an_investigated_complaint_is_resolved_with_its_root_cause_and_corrective_action() {
            assertThat(ComplaintLifecycle.check(INVESTIGATING, Transition.RESOLVE,
                    StepInput.resolution("Worn die", "Die replaced, check every 5,000 parts"))).isEqualTo(allowed(RESOLVED));
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 3, 5})
        void a_resolved_complaint_is_followed_up_with_the_customers_satisfaction_from_1_to_5(int satisfaction) {
            assertThat(ComplaintLifecycle.check(RESOLVED, Transition.FOLLOW_UP, StepInput.followUp(satisfaction)))
                    .isEqualTo(allowed(FOLLOWED_UP));
        }

        @ParameterizedTest
        @EnumSource(Effectiveness.class)
        void a_followed_up_complaint_is_closed_with_an_effectiveness_check_and_its_evidence(Effectiveness verdict) {
            assertThat(ComplaintLifecycle.check(FOLLOWED_UP, Transition.CLOSE, StepInput.check(verdict, "3 lots without defect")))
                    .isEqualTo(allowed(CLOSED));
        }

        @Test
        void a_followed_up_complaint_of_an_unsatisfied_customer_is_reopened_with_the_reason() {
            assertThat(ComplaintLifecycle.check(FOLLOWED_UP, Transition.REOPEN, StepInput.note("Defect seen again")))
                    .isEqualTo(allowed(INVESTIGATING));
        }

        @Test
        void steps_read_only_their_own_fields_and_ignore_the_others() {
            StepInput everything = new StepInput("note", "cause", "action", 9, Effectiveness.PENDING, "evidence");
            assertThat(ComplaintLifecycle.check(RECEIVED, Transition.ACKNOWLEDGE, everything)).isEqualTo(allowed(ACKNOWLEDGED));
        }
    }

    @Nested
    class Steps_out_of_order {

        @ParameterizedTest
        @EnumSource(value = Transition.class, names = {"INVESTIGATE", "RESOLVE", "FOLLOW_UP", "CLOSE", "REOPEN"})
        void a_received_complaint_may_only_be_acknowledged(Transition transition) {
            assertThat(ComplaintLifecycle.check(RECEIVED, transition, fullInput()))
                    .isEqualTo(refused("complaints.refused.notNext"));
        }

        @Test
        void no_step_is_skipped_even_with_every_field_given() {
            assertThat(ComplaintLifecycle.check(ACKNOWLEDGED, Transition.RESOLVE, fullInput()))
                    .isEqualTo(refused("complaints.refused.notNext"));
            assertThat(ComplaintLifecycle.check(INVESTIGATING, Transition.CLOSE, fullInput()))
                    .isEqualTo(refused("complaints.refused.notNext"));
        }

        @Test
        void nothing_goes_backwards_but_the_reopen_after_a_follow_up() {
            assertThat(ComplaintLifecycle.check(RESOLVED, Transition.REOPEN, fullInput()))
                    .isEqualTo(refused("complaints.refused.notNext"));
            assertThat(ComplaintLifecycle.check(INVESTIGATING, Transition.ACKNOWLEDGE, fullInput()))
                    .isEqualTo(refused("complaints.refused.notNext"));
        }

        @Test
        void a_step_taken_twice_is_refused_the_second_time() {
            assertThat(ComplaintLifecycle.check(ACKNOWLEDGED, Transition.ACKNOWLEDGE, fullInput()))
                    .isEqualTo(refused("complaints.refused.notNext"));
        }

        @ParameterizedTest
        @EnumSource(Transition.class)
        void a_closed_complaint_takes_no_step_at_all(Transition transition) {
            assertThat(ComplaintLifecycle.check(CLOSED, transition, fullInput()))
                    .isEqualTo(refused("complaints.refused.closed"));
        }
    }

    @Nested
    class Required_fields {

        @Test
        void resolving_needs_a_root_cause() {
            assertThat(ComplaintLifecycle.check(INVESTIGATING, Transition.RESOLVE, StepInput.resolution(" ", "Die replaced")))
                    .isEqualTo(refused("complaints.refused.rootCause"));
            assertThat(ComplaintLifecycle.check(INVESTIGATING, Transition.RESOLVE, StepInput.resolution(null, "Die replaced")))
                    .isEqualTo(refused("complaints.refused.rootCause"));
        }

        @Test
        void resolving_needs_a_corrective_action() {
            assertThat(ComplaintLifecycle.check(INVESTIGATING, Transition.RESOLVE, StepInput.resolution("Worn die", "")))
                    .isEqualTo(refused("complaints.refused.correctiveAction"));
            assertThat(ComplaintLifecycle.check(INVESTIGATING, Transition.RESOLVE, StepInput.resolution("Worn die", null)))
                    .isEqualTo(refused("complaints.refused.correctiveAction"));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 6, -1, 100})
        void a_follow_up_needs_a_satisfaction_from_1_to_5(int satisfaction) {
            assertThat(ComplaintLifecycle.check(RESOLVED, Transition.FOLLOW_UP, StepInput.followUp(satisfaction)))
                    .isEqualTo(refused("complaints.refused.satisfaction"));
        }

        @Test
        void a_follow_up_without_a_satisfaction_is_refused() {
            assertThat(ComplaintLifecycle.check(RESOLVED, Transition.FOLLOW_UP, StepInput.none()))
                    .isEqualTo(refused("complaints.refused.satisfaction"));
        }

        @Test
        void closing_needs_the_effectiveness_verdict() {
            assertThat(ComplaintLifecycle.check(FOLLOWED_UP, Transition.CLOSE, StepInput.check(null, "3 lots fine")))
                    .isEqualTo(refused("complaints.refused.effectiveness"));
        }

        @Test
        void closing_needs_evidence_even_when_the_verdict_is_pending() {
            assertThat(ComplaintLifecycle.check(FOLLOWED_UP, Transition.CLOSE, StepInput.check(Effectiveness.PENDING, "  ")))
                    .isEqualTo(refused("complaints.refused.evidence"));
            assertThat(ComplaintLifecycle.check(FOLLOWED_UP, Transition.CLOSE, StepInput.check(Effectiveness.EFFECTIVE, null)))
                    .isEqualTo(refused("complaints.refused.evidence"));
        }

        @Test
        void reopening_needs_the_reason_the_customer_is_not_satisfied() {
            assertThat(ComplaintLifecycle.check(FOLLOWED_UP, Transition.REOPEN, StepInput.note("\t")))
                    .isEqualTo(refused("complaints.refused.reopenReason"));
            assertThat(ComplaintLifecycle.check(FOLLOWED_UP, Transition.REOPEN, StepInput.none()))
                    .isEqualTo(refused("complaints.refused.reopenReason"));
        }

        @Test
        void every_text_is_limited_to_4000_characters() {
            String fits = "x".repeat(ComplaintLifecycle.MAX_TEXT);
            assertThat(ComplaintLifecycle.check(INVESTIGATING, Transition.RESOLVE, StepInput.resolution(fits, fits)))
                    .isEqualTo(allowed(RESOLVED));
            assertThat(ComplaintLifecycle.check(INVESTIGATING, Transition.RESOLVE, StepInput.resolution(LONG, "a")))
                    .isEqualTo(refused("complaints.refused.tooLong"));
            assertThat(ComplaintLifecycle.check(INVESTIGATING, Transition.RESOLVE, StepInput.resolution("a", LONG)))
                    .isEqualTo(refused("complaints.refused.tooLong"));
            assertThat(ComplaintLifecycle.check(FOLLOWED_UP, Transition.CLOSE, StepInput.check(Effectiveness.EFFECTIVE, LONG)))
                    .isEqualTo(refused("complaints.refused.tooLong"));
            assertThat(ComplaintLifecycle.check(RECEIVED, Transition.ACKNOWLEDGE, StepInput.note(LONG)))
                    .isEqualTo(refused("complaints.refused.tooLong"));
        }

        @Test
        void a_note_can_be_added_to_any_input() {
            StepInput input = StepInput.resolution("cause", "action").withNote("see 8D report");
            assertThat(input.note()).isEqualTo("see 8D report");
            assertThat(input.rootCause()).isEqualTo("cause");
            assertThat(ComplaintLifecycle.check(INVESTIGATING, Transition.RESOLVE, input)).isEqualTo(allowed(RESOLVED));
        }

        @Test
        void missing_arguments_are_a_programming_error() {
            assertThatThrownBy(() -> ComplaintLifecycle.check(null, Transition.ACKNOWLEDGE, StepInput.none()))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> ComplaintLifecycle.check(RECEIVED, null, StepInput.none()))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> ComplaintLifecycle.check(RECEIVED, Transition.ACKNOWLEDGE, null))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class The_steps_a_page_offers {

        @Test
        void each_status_offers_its_next_step_and_a_followed_up_complaint_also_the_reopen() {
            assertThat(Transition.from(RECEIVED)).containsExactly(Transition.ACKNOWLEDGE);
            assertThat(Transition.from(ACKNOWLEDGED)).containsExactly(Transition.INVESTIGATE);
            assertThat(Transition.from(INVESTIGATING)).containsExactly(Transition.RESOLVE);
            assertThat(Transition.from(RESOLVED)).containsExactly(Transition.FOLLOW_UP);
            assertThat(Transition.from(FOLLOWED_UP)).containsExactly(Transition.CLOSE, Transition.REOPEN);
            assertThat(Transition.from(CLOSED)).isEmpty();
        }

        @Test
        void every_step_offered_is_one_the_rules_allow_with_its_fields() {
            for (ComplaintStatus status : ComplaintStatus.values()) {
                for (Transition transition : Transition.from(status)) {
                    assertThat(ComplaintLifecycle.check(status, transition, fullInput()))
                            .as("%s %s", status, transition).isEqualTo(allowed(transition.to()));
                }
            }
        }

        @Test
        void resolved_means_resolved_followed_up_or_closed() {
            assertThat(List.of(ComplaintStatus.values()).stream().filter(ComplaintStatus::isResolved))
                    .containsExactly(RESOLVED, FOLLOWED_UP, CLOSED);
        }

        @Test
        void channels_and_categories_are_those_of_the_issue() {
            assertThat(Channel.values()).extracting(Enum::name).containsExactly("PHONE", "EMAIL", "VISIT", "SURVEY", "OTHER");
            assertThat(Category.values()).extracting(Enum::name)
                    .containsExactly("QUALITY", "DELIVERY", "PACKAGING", "SERVICE", "PRICE", "OTHER");
        }

        @Test
        void an_outcome_says_whether_it_allows() {
            assertThat(allowed(RESOLVED).isAllowed()).isTrue();
            assertThat(refused("x").isAllowed()).isFalse();
        }
    }

    @Nested
    class Hand_over {

        @Test
        void an_open_complaint_goes_to_another_handler_with_a_reason_and_keeps_its_status() {
            assertThat(ComplaintLifecycle.handOver(INVESTIGATING, 1, 2L, true, "Supplier quality owns the die"))
                    .isEqualTo(allowed(INVESTIGATING));
        }

        @Test
        void a_closed_complaint_is_not_handed_over() {
            assertThat(ComplaintLifecycle.handOver(CLOSED, 1, 2L, true, "reason"))
                    .isEqualTo(refused("complaints.handover.closed"));
        }

        @Test
        void the_new_owner_must_be_chosen() {
            assertThat(ComplaintLifecycle.handOver(RECEIVED, 1, null, false, "reason"))
                    .isEqualTo(refused("complaints.handover.ownerRequired"));
        }

        @Test
        void the_new_owner_must_be_someone_else() {
            assertThat(ComplaintLifecycle.handOver(RECEIVED, 1, 1L, true, "reason"))
                    .isEqualTo(refused("complaints.handover.sameOwner"));
        }

        @Test
        void the_new_owner_must_be_someone_who_may_handle_complaints() {
            assertThat(ComplaintLifecycle.handOver(RECEIVED, 1, 2L, false, "reason"))
                    .isEqualTo(refused("complaints.handover.notEligible"));
        }

        @Test
        void a_hand_over_needs_a_reason_of_at_most_4000_characters() {
            assertThat(ComplaintLifecycle.handOver(RECEIVED, 1, 2L, true, " "))
                    .isEqualTo(refused("complaints.handover.reasonRequired"));
            assertThat(ComplaintLifecycle.handOver(RECEIVED, 1, 2L, true, null))
                    .isEqualTo(refused("complaints.handover.reasonRequired"));
            assertThat(ComplaintLifecycle.handOver(RECEIVED, 1, 2L, true, LONG))
                    .isEqualTo(refused("complaints.refused.tooLong"));
        }
    }

    @Nested
    class Recording_editing_and_deleting {

        private final Instant now = Instant.parse("2026-03-02T08:00:00Z");

        @Test
        void a_complaint_is_received_at_or_before_the_moment_it_is_recorded() {
            assertThat(ComplaintLifecycle.record(now, now)).isEqualTo(allowed(RECEIVED));
            assertThat(ComplaintLifecycle.record(now.minusSeconds(86_400), now)).isEqualTo(allowed(RECEIVED));
            assertThat(ComplaintLifecycle.record(now.plusSeconds(60), now))
                    .isEqualTo(refused("complaints.receivedAt.future"));
        }

        @Test
        void details_change_while_the_complaint_is_open_and_keep_its_status() {
            assertThat(ComplaintLifecycle.edit(INVESTIGATING, now, now, now)).isEqualTo(allowed(INVESTIGATING));
        }

        @Test
        void the_time_received_changes_only_before_anything_was_done_and_never_into_the_future() {
            Instant earlier = now.minusSeconds(3600);
            assertThat(ComplaintLifecycle.edit(RECEIVED, now, earlier, now)).isEqualTo(allowed(RECEIVED));
            assertThat(ComplaintLifecycle.edit(ACKNOWLEDGED, now, earlier, now))
                    .isEqualTo(refused("complaints.receivedAt.fixed"));
            assertThat(ComplaintLifecycle.edit(RECEIVED, earlier, now.plusSeconds(1), now))
                    .isEqualTo(refused("complaints.receivedAt.future"));
        }

        @Test
        void a_closed_complaint_is_not_edited() {
            assertThat(ComplaintLifecycle.edit(CLOSED, now, now, now)).isEqualTo(refused("complaints.refused.closed"));
        }

        @Test
        void only_a_complaint_nobody_has_acted_on_is_deleted() {
            assertThat(ComplaintLifecycle.delete(RECEIVED)).isEqualTo(allowed(RECEIVED));
            for (ComplaintStatus status : List.of(ACKNOWLEDGED, INVESTIGATING, RESOLVED, FOLLOWED_UP, CLOSED)) {
                assertThat(ComplaintLifecycle.delete(status)).as("%s", status)
                        .isEqualTo(refused("complaints.delete.started"));
            }
        }

        @Test
        void missing_arguments_are_a_programming_error() {
            assertThatThrownBy(() -> ComplaintLifecycle.record(null, now)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> ComplaintLifecycle.edit(null, now, now, now)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> ComplaintLifecycle.handOver(null, 1, 2L, true, "r"))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    private static StepInput fullInput() {
        return new StepInput("note", "cause", "action", 4, Effectiveness.EFFECTIVE, "evidence");
    }
}
