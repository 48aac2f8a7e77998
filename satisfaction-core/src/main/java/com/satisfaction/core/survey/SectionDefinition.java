package com.satisfaction.core.survey;

import java.util.List;

/** A titled group of questions, shown together (e.g. 产品的服务品质). */
public record SectionDefinition(LocalizedText title, List<QuestionDefinition> questions) {

    public SectionDefinition {
        title = title == null ? LocalizedText.EMPTY : title;
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public static SectionDefinition of(LocalizedText title, QuestionDefinition... questions) {
        return new SectionDefinition(title, List.of(questions));
    }
}
