package com.satisfaction.web.system;

import com.satisfaction.core.survey.Language;
import com.satisfaction.core.survey.Scale;
import com.satisfaction.persistence.user.Role;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * How forms read check boxes and choices from fixed lists: a value no page offers (a hand-made request,
 * "maybe" for a check box, "BOGUS" for a scale) reads as nothing chosen, which the form's own rules then
 * report ("choose a language", "choose at least one role") or, for a check box, as not ticked.
 * <p>
 * Why not a conversion error: forms are records bound through their constructor, and when one component
 * fails to convert Spring builds the record with that component null, skips Bean Validation of the others
 * and leaves the binding result without a target, so the form cannot be shown again (a 500) and a handler
 * that only looks at some fields stores the rest unchecked.
 */
@ControllerAdvice
class FormBinding {

    private static final Set<String> TRUE = Set.of("true", "on", "yes", "1");
    private static final Set<String> FALSE = Set.of("false", "off", "no", "0");

    @InitBinder
    void readUnknownChoicesAsNone(WebDataBinder binder) {
        binder.registerCustomEditor(Boolean.class, new CheckBox());
        binder.registerCustomEditor(Scale.class, new Choice<>(Scale.class));
        binder.registerCustomEditor(Language.class, new Choice<>(Language.class));
        binder.registerCustomEditor(Role.class, new Choice<>(Role.class));
    }

    /** {@code true}/{@code on}/{@code yes}/{@code 1} is ticked, their opposites are not, anything else is no answer. */
    private static final class CheckBox extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            setValue(TRUE.contains(value) ? Boolean.TRUE : FALSE.contains(value) ? Boolean.FALSE : null);
        }
    }

    /** The constant of that name, or nothing. */
    private static final class Choice<E extends Enum<E>> extends PropertyEditorSupport {

        private final Class<E> type;

        Choice(Class<E> type) {
            this.type = type;
        }

        @Override
        public void setAsText(String text) {
            setValue(Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(text))
                    .findFirst().orElse(null));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : ((Enum<?>) getValue()).name();
        }
    }
}
