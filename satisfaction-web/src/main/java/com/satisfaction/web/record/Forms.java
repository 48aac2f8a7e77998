package com.satisfaction.web.record;

import org.springframework.validation.BindingResult;

import java.util.List;

/** Puts the problems a form finds beyond Bean Validation into its binding result, one message per field. */
final class Forms {

    private Forms() {
    }

    /** Rejects each problem's field unless Bean Validation already has a message there. */
    static void reject(BindingResult result, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            if (!result.hasFieldErrors(problem.field())) {
                result.rejectValue(problem.field(), problem.messageKey());
            }
        }
    }
}
