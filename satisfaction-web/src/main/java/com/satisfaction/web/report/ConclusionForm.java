package com.satisfaction.web.report;

import jakarta.validation.constraints.Size;

/** The report's conclusion as the quality manager writes it (FM40 "总结"): each text optional, at most 4,000. */
record ConclusionForm(
        @Size(max = ConclusionForm.MAX_TEXT, message = "{reports.conclusion.tooLong}") String conclusion,
        @Size(max = ConclusionForm.MAX_TEXT, message = "{reports.conclusion.tooLong}") String measures,
        @Size(max = ConclusionForm.MAX_TEXT, message = "{reports.conclusion.tooLong}") String nextTargets) {

    static final int MAX_TEXT = 4000;

    static ConclusionForm of(HalfYearReport.Conclusion saved) {
        return new ConclusionForm(saved.conclusion(), saved.measures(), saved.nextTargets());
    }

    /** A text as stored: stripped, and null when nothing is left. */
    static String stored(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
