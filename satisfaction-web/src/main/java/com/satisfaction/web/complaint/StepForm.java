package com.satisfaction.web.complaint;

import com.satisfaction.core.complaint.Effectiveness;
import com.satisfaction.core.complaint.StepInput;
import com.satisfaction.core.complaint.Transition;

import java.util.Arrays;
import java.util.Optional;

/**
 * One step of a complaint's handling as posted: which step, the complaint's version the page showed, and the fields
 * the step may need. Nothing is checked here: the core's lifecycle says what is missing ({@code StepInput}), and a
 * value no page offers (a satisfaction of "abc", an unknown verdict) reads as not given.
 */
public record StepForm(String transition, String version, String note, String rootCause, String correctiveAction,
                String handlingSatisfaction, String effectiveness, String evidence) {

    static StepForm blank(Transition transition, long version) {
        return new StepForm(transition.name(), Long.toString(version), "", "", "", "", "", "");
    }

    Optional<Transition> step() {
        return Arrays.stream(Transition.values()).filter(t -> t.name().equals(transition)).findFirst();
    }

    Optional<Long> expectedVersion() {
        return version != null && version.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(version)) : Optional.empty();
    }

    StepInput input() {
        Integer satisfaction = handlingSatisfaction != null && handlingSatisfaction.strip().matches("[0-9]{1,2}")
                ? Integer.valueOf(handlingSatisfaction.strip()) : null;
        Effectiveness verdict = Arrays.stream(Effectiveness.values()).filter(e -> e.name().equals(effectiveness))
                .findFirst().orElse(null);
        return new StepInput(note, rootCause, correctiveAction, satisfaction, verdict, evidence);
    }

    /** Whether the page shows this form for {@code candidate} (the one posted keeps what was typed). */
    boolean isFor(Transition candidate) {
        return candidate.name().equals(transition);
    }
}
