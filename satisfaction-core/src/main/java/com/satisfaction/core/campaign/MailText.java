package com.satisfaction.core.campaign;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail text with placeholders: {contact}, {company}, {link} and {deadline} are replaced by the recipient's values;
 * anything else in braces stays as written.
 */
public final class MailText {

    public static final String CONTACT = "contact";
    public static final String COMPANY = "company";
    public static final String LINK = "link";
    public static final String DEADLINE = "deadline";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(contact|company|link|deadline)}");

    private MailText() {
    }

    /** {@code text} with each known placeholder replaced by its value (empty when the value is missing). */
    public static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** Whether {@code text} names the personal link itself (else the link is added after it). */
    public static boolean mentionsLink(String text) {
        return text.contains("{" + LINK + "}");
    }
}
