package com.satisfaction.core.closing;

import com.satisfaction.core.scoring.Score;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The canonical serialisation of a closed period's snapshot and its SHA-256. Each record of the snapshot (the policy,
 * the period's figures, one per customer) is one line {@code kind|name=value|name=value…}; the text is the header
 * line followed by the lines in plain string order, each ending in a line feed, as UTF-8. The order in which lines are
 * added therefore does not matter, and anyone holding the text can check the stored hash with {@code sha256sum}.
 *
 * <p>Values: exact numbers as {@link Score#toString()} ({@code 80}, {@code 2.5}, {@code 289/3}); "no data" as
 * {@value #NO_DATA}; text with {@code \}, {@code |}, {@code =}, line feed and carriage return escaped by a backslash,
 * and a text that is exactly {@value #NO_DATA} written {@code \-}.
 */
public final class SnapshotText {

    /** The first line: names the format, so that a later format never produces the same text. */
    public static final String HEADER = "satisfaction-snapshot v1";
    /** How a missing value ("no data") is written. */
    public static final String NO_DATA = "-";

    private final List<String> lines = new ArrayList<>();

    /** Starts a line of the given kind ({@code policy}, {@code period}, {@code customer}, …). */
    public Line line(String kind) {
        return new Line(escape(kind));
    }

    /** The canonical text: header, then the lines sorted, each followed by a line feed. */
    public String text() {
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(null);
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        sorted.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** The lowercase hexadecimal SHA-256 of {@link #text()} in UTF-8. */
    public String sha256() {
        return sha256(text());
    }

    /** The lowercase hexadecimal SHA-256 of any text in UTF-8: the check of a stored hash. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\', '|', '=' -> escaped.append('\\').append(c);
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** One line being written; {@link #add()} puts it into the text. Fields keep the order they are given in. */
    public final class Line {

        private final StringBuilder text;

        private Line(String kind) {
            this.text = new StringBuilder(kind);
        }

        public Line with(String name, String value) {
            String written = value == null ? NO_DATA : value.equals(NO_DATA) ? "\\" + NO_DATA : escape(value);
            text.append('|').append(escape(name)).append('=').append(written);
            return this;
        }

        public Line with(String name, Score value) {
            return with(name, Objects.requireNonNull(value, name).toString());
        }

        public Line with(String name, Optional<Score> value) {
            text.append('|').append(escape(name)).append('=').append(value.map(Score::toString).orElse(NO_DATA));
            return this;
        }

        public Line with(String name, long value) {
            return with(name, Long.toString(value));
        }

        public Line with(String name, boolean value) {
            return with(name, Boolean.toString(value));
        }

        /** Adds the finished line to the snapshot. */
        public SnapshotText add() {
            lines.add(text.toString());
            return SnapshotText.this;
        }
    }
}
