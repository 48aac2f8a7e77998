package com.satisfaction.web.record;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.function.Supplier;

/** What became of saving a record: saved (with its id), or refused with the field and message to show. */
public sealed interface Outcome permits Outcome.Saved, Outcome.Refused {

    record Saved(long id) implements Outcome {
    }

    record Refused(FieldProblem problem) implements Outcome {

        Refused(String field, String messageKey) {
            this(new FieldProblem(field, messageKey));
        }
    }

    /**
     * The page after a save: the saved record's page under {@code recordsPath} with the flash {@code message}, or the
     * form again with the refusal beside its field.
     */
    default String page(String recordsPath, String message, BindingResult result, RedirectAttributes redirect,
                        Supplier<String> form) {
        if (this instanceof Saved saved) {
            redirect.addFlashAttribute("message", message);
            return "redirect:" + recordsPath + "/" + saved.id();
        }
        if (this instanceof Refused refused) {
            result.rejectValue(refused.problem().field(), refused.problem().messageKey());
            return form.get();
        }
        throw new IllegalStateException("Unknown outcome " + this);
    }
}
