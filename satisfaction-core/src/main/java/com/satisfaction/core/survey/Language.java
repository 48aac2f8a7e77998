package com.satisfaction.core.survey;

import java.util.Locale;

/** The two languages of the product; Chinese is the default (SPEC §7). */
public enum Language {
    ZH, EN;

    /** The lower-case code used in URLs, cookies and the database: {@code zh} or {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a code such as {@code en} or {@code zh-CN}; anything else is Chinese. */
    public static Language fromCode(String code) {
        return code != null && code.toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
    }
}
