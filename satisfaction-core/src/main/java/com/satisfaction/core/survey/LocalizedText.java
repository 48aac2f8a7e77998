package com.satisfaction.core.survey;

/** A text a customer reads, in Chinese and English. Missing parts are empty strings, never null. */
public record LocalizedText(String zh, String en) {

    /** No text in either language. */
    public static final LocalizedText EMPTY = new LocalizedText("", "");

    public LocalizedText {
        zh = zh == null ? "" : zh.strip();
        en = en == null ? "" : en.strip();
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /** The text in {@code language}, or in the other language where this one is missing. */
    public String in(Language language) {
        String preferred = language == Language.EN ? en : zh;
        return preferred.isEmpty() ? (language == Language.EN ? zh : en) : preferred;
    }

    /** Whether both languages are empty. */
    public boolean isBlank() {
        return zh.isEmpty() && en.isEmpty();
    }

    /** Whether both languages are filled in. */
    public boolean isComplete() {
        return !zh.isEmpty() && !en.isEmpty();
    }
}
