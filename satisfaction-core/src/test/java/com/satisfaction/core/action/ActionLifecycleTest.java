package com.satisfaction.core.action;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static com.satisfaction.core.action.ActionStatus.DONE;
import static com.satisfaction.core.action.ActionStatus.IN_PROGRESS;
import static com.satisfaction.core.action.ActionStatus.OPEN;
import static com.satisfaction.core.action.ActionStatus.VERIFIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionLifecycleTest {

    @Nested
    class Forward_one_step {

        @Test
        void an_open_action_goes_into_work_without_a_note() {
            assertThat(ActionLifecycle.move(OPEN, IN_PROGRESS, null)).isEqualTo(new Transition.Allowed(OPEN, IN_PROGRESS));
            assertThat(ActionLifecycle.move(OPEN, IN_PROGRESS, "started")).isEqualTo(new Transition.Allowed(OPEN, IN_PROGRESS));
        }

        @Test
        void an_action_in_work_is_done_with_its_result() {
            assertThat(ActionLifecycle.move(IN_PROGRESS, DONE, "new packaging supplier"))
                    .isEqualTo(new Transition.Allowed(IN_PROGRESS, DONE));
        }

        @Test
        void a_done_action_is_verified_with_an_effectiveness_note() {
            assertThat(ActionLifecycle.move(DONE, VERIFIED, "no damaged cartons in three months"))
                    .isEqualTo(new Transition.Allowed(DONE, VERIFIED));
        }

        @Test
        void forward_steps_are_not_reopenings() {
            assertThat(((Transition.Allowed) ActionLifecycle.move(OPEN, IN_PROGRESS, "")).isReopening()).isFalse();
            assertThat(((Transition.Allowed) ActionLifecycle.move(DONE, VERIFIED, "ok")).isReopening()).isFalse();
        }
    }

    @Nested
    class Required_texts {

        @ParameterizedTest
        @CsvSource(nullValues = "NULL", value = {"NULL", "''", "'   '", "'\t\n'"})
        void done_without_a_result_is_refused(String text) {
            assertThat(ActionLifecycle.move(IN_PROGRESS, DONE, text))
                    .isEqualTo(new Transition.Refused(ActionLifecycle.RESULT_REQUIRED));
        }

        @ParameterizedTest
        @CsvSource(nullValues = "NULL", value = {"NULL", "''", "'  '"})
        void verified_without_an_effectiveness_note_is_refused(String text) {
            assertThat(ActionLifecycle.move(DONE, VERIFIED, text))
                    .isEqualTo(new Transition.Refused(ActionLifecycle.EFFECTIVENESS_REQUIRED));
        }
    }

    @Nested
    class Failed_verification {

        @Test
        void a_done_action_goes_back_into_work_when_the_note_says_why() {
            Transition transition = ActionLifecycle.move(DONE, IN_PROGRESS, "cartons still damaged");
            assertThat(transition).isEqualTo(new Transition.Allowed(DONE, IN_PROGRESS));
            assertThat(((Transition.Allowed) transition).isReopening()).isTrue();
        }

        @ParameterizedTest
        @CsvSource(nullValues = "NULL", value = {"NULL", "''", "' '"})
        void going_back_without_a_note_is_refused(String text) {
            assertThat(ActionLifecycle.move(DONE, IN_PROGRESS, text))
                    .isEqualTo(new Transition.Refused(ActionLifecycle.REOPEN_NOTE_REQUIRED));
        }
    }

    @Nested
    class Refused_moves {

        @ParameterizedTest
        @EnumSource(ActionStatus.class)
        void staying_where_it_is_is_refused(ActionStatus status) {
            assertThat(ActionLifecycle.move(status, status, "note"))
                    .isEqualTo(new Transition.Refused(ActionLifecycle.SAME_STATUS));
        }

        @ParameterizedTest
        @CsvSource({"OPEN, DONE", "OPEN, VERIFIED", "IN_PROGRESS, VERIFIED", "IN_PROGRESS, OPEN", "DONE, OPEN"})
        void skipping_a_step_or_going_back_elsewhere_is_refused(ActionStatus from, ActionStatus to) {
            assertThat(ActionLifecycle.move(from, to, "a note"))
                    .isEqualTo(new Transition.Refused(ActionLifecycle.NOT_NEXT));
        }

        @ParameterizedTest
        @EnumSource(value = ActionStatus.class, names = {"OPEN", "IN_PROGRESS", "DONE"})
        void a_verified_action_is_final(ActionStatus to) {
            assertThat(ActionLifecycle.move(VERIFIED, to, "reopen please"))
                    .isEqualTo(new Transition.Refused(ActionLifecycle.FINAL));
        }

        @Test
        void missing_statuses_are_a_bug() {
            assertThatThrownBy(() -> ActionLifecycle.move(null, DONE, "x")).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> ActionLifecycle.move(OPEN, null, "x")).isInstanceOf(NullPointerException.class);
        }

        @Test
        void outcomes_need_their_parts() {
            assertThatThrownBy(() -> new Transition.Allowed(null, DONE)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Transition.Allowed(OPEN, null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Transition.Refused(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class Statuses {

        @Test
        void each_status_knows_its_next_step() {
            assertThat(OPEN.next()).contains(IN_PROGRESS);
            assertThat(IN_PROGRESS.next()).contains(DONE);
            assertThat(DONE.next()).contains(VERIFIED);
            assertThat(VERIFIED.next()).isEmpty();
        }

        @Test
        void each_status_offers_what_the_lifecycle_allows_forward_first() {
            assertThat(OPEN.reachable()).containsExactly(IN_PROGRESS);
            assertThat(IN_PROGRESS.reachable()).containsExactly(DONE);
            assertThat(DONE.reachable()).containsExactly(VERIFIED, IN_PROGRESS);
            assertThat(VERIFIED.reachable()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(ActionStatus.class)
        void every_offered_move_is_allowed_with_a_text_and_every_other_is_refused(ActionStatus from) {
            for (ActionStatus to : ActionStatus.values()) {
                boolean allowed = ActionLifecycle.move(from, to, "text") instanceof Transition.Allowed;
                assertThat(allowed).as("%s → %s", from, to).isEqualTo(from.reachable().contains(to));
            }
        }

        @Test
        void only_open_and_in_progress_actions_are_unfinished() {
            assertThat(OPEN.isUnfinished()).isTrue();
            assertThat(IN_PROGRESS.isUnfinished()).isTrue();
            assertThat(DONE.isUnfinished()).isFalse();
            assertThat(VERIFIED.isUnfinished()).isFalse();
            assertThat(ActionStatus.UNFINISHED).containsExactly(OPEN, IN_PROGRESS);
        }
    }
}
