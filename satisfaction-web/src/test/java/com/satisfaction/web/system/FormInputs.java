package com.satisfaction.web.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Seeded random values for management forms, valid and invalid in roughly equal parts: texts around their
 * length limit, huge ones, Chinese, Unicode blanks, control characters, markup and template probes; numbers
 * that are negative, huge, decimal, scientific or not numbers at all; near-miss enum names; check-box values
 * no browser sends; passwords. Fields are left out or repeated now and then.
 */
final class FormInputs {

    private static final String CONTROL = "\u0001\u0002\u0007\b\t\n\u000b\f\r\u000e\u001b\u001f\u007f\u0085\u00a0"
            + "\u2028\u2029\u200b\u200e\u202e\ufeff";
    /** Blanks String.strip() removes, then some it keeps (no-break space, zero-width space, NEL). */
    private static final String BLANKS = " \t\n\r\u3000\u2003\u2028\u2029\u001c\u001f\u00a0\u200b\u0085";
    private static final int STRIPPED_BLANKS = 10;
    private static final List<String> PROBES = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "' OR '1'='1", "'; drop table survey; --", "${7*7}", "#{app.name}", "__${T(Runtime)}__", "*{titleZh}",
            "{0}", "{0,number}", "'{'", "%s%n%x", "../../etc/passwd", "😀👍🏽", "\ud83d", "a\u0301", "ＡＢＣ１２３",
            "   padded   ", "中文 | English", "|", "a|b|c", "true", "null", "-1", "0");
    private static final List<String> NUMBERS = List.of("", " ", "0", "-0", "1", "-1", "5", "7", "10", "11", "2.5",
            "10.25", "0.000001", "99999", "99999.99", "100000", "4000", "4001", "2147483647", "2147483648",
            "-2147483649", "99999999999999999999", "1e5", "1e999999999", "1E-999999999", "NaN", "Infinity", "abc",
            "五", "１０", "0x10", "+5", "5-", "1,000", "1 000", " 7 ", "\t3\n", "1.", ".5", "--1", "٣");

    final Random random;
    private final boolean nulAndLongPasswords;

    FormInputs(Random random, boolean nulAndLongPasswords) {
        this.random = random;
        this.nulAndLongPasswords = nulAndLongPasswords;
    }

    /** The fields in a random order: each sent (1 in 12 left out, 1 in 25 sent twice). */
    List<FormField> fields(Map<String, Supplier<String>> fields) {
        List<String> names = new ArrayList<>(fields.keySet());
        Collections.sort(names);
        Collections.shuffle(names, random);
        List<FormField> params = new ArrayList<>();
        for (String name : names) {
            int roll = random.nextInt(300);
            if (roll < 25) {
                continue;
            }
            String value = fields.get(name).get();
            if (value == null) {
                continue;
            }
            params.add(new FormField(name, value));
            if (roll < 37) {
                params.add(new FormField(name, value));
            }
        }
        return params;
    }

    List<FormField> questionFields() {
        Map<String, Supplier<String>> fields = new LinkedHashMap<>();
        fields.put("textZh", () -> text(1000));
        fields.put("textEn", () -> text(1000));
        fields.put("required", this::bool);
        fields.put("scored", this::bool);
        fields.put("points", this::number);
        fields.put("scale", () -> enumValue("ONE_TO_FIVE", "ONE_TO_SEVEN", "ONE_TO_TEN", "ZERO_TO_TEN", "LIKERT5"));
        fields.put("lowLabelZh", () -> text(100));
        fields.put("lowLabelEn", () -> text(100));
        fields.put("highLabelZh", () -> text(100));
        fields.put("highLabelEn", () -> text(100));
        fields.put("positiveThreshold", this::number);
        fields.put("weight", this::number);
        fields.put("maxLength", this::number);
        fields.put("multipleChoice", this::bool);
        fields.put("choices", this::choices);
        List<FormField> params = fields(fields);
        if (random.nextInt(4) == 0) {
            params.add(new FormField(random.nextBoolean() ? "_required" : "_scored", "on"));
        }
        return params;
    }

    /** A text for a field that takes up to {@code limit} characters. */
    String text(int limit) {
        String text = switch (random.nextInt(16)) {
            case 0 -> "";
            case 1 -> random.nextBoolean() ? strippedBlanks(1 + random.nextInt(4)) : blanks(1 + random.nextInt(4));
            case 2 -> chinese(limit);
            case 3 -> chinese(limit + 1);
            case 4 -> latin(1 + random.nextInt(Math.min(limit, 60)));
            case 5 -> blanks(2) + chinese(1 + random.nextInt(20)) + blanks(2);
            case 6 -> random.nextInt(3) == 0 ? huge() : latin(limit + 1 + random.nextInt(50));
            case 7 -> controls(1 + random.nextInt(5)) + latin(5) + controls(2);
            case 8 -> PROBES.get(random.nextInt(PROBES.size()));
            case 9 -> latin(limit - 2) + blanks(4);
            case 10 -> number();
            case 11 -> "😀".repeat(limit / 2 + random.nextInt(3));
            default -> random.nextBoolean() ? chinese(1 + random.nextInt(30)) : latin(1 + random.nextInt(30));
        };
        return nulAndLongPasswords && random.nextInt(4) == 0 ? insert(text, "\u0000") : text;
    }

    String number() {
        return NUMBERS.get(random.nextInt(NUMBERS.size()));
    }

    /** One of {@code valid} most of the time; else a near miss, garbage, or nothing (null: leave it out). */
    String enumValue(String... valid) {
        return switch (random.nextInt(12)) {
            case 0 -> valid[random.nextInt(valid.length)].toLowerCase();
            case 1 -> "";
            case 2 -> text(20);
            case 3 -> null;
            default -> valid[random.nextInt(valid.length)];
        };
    }

    String bool() {
        return List.of("true", "false", "on", "off", "yes", "no", "1", "0", "", "TRUE", "maybe", "2", "真", "true,false")
                .get(random.nextInt(14));
    }

    String username() {
        return switch (random.nextInt(8)) {
            case 0 -> "";
            case 1 -> "ab";
            case 2 -> "Upper" + random.nextInt(1000);
            case 3 -> text(60);
            case 4 -> "u".repeat(61);
            default -> "fz" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + List.of("", ".", "_", "-")
                    .get(random.nextInt(4));
        };
    }

    List<FormField> roles() {
        List<FormField> roles = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            roles.add(new FormField("roles", Objects.requireNonNullElse(
                    enumValue("ADMIN", "QUALITY_MANAGER", "EXECUTIVE"), "ROLE_ADMIN")));
        }
        if (random.nextInt(3) == 0) {
            roles.add(new FormField("_roles", "on"));
        }
        return roles;
    }

    /** A password: within BCrypt's 72 bytes unless this run is about long ones. */
    String password() {
        String password = switch (random.nextInt(7)) {
            case 0 -> "";
            case 1 -> latin(1 + random.nextInt(9));
            case 2 -> chinese(10 + random.nextInt(14));
            case 3 -> controls(3) + latin(10);
            case 4 -> blanks(12);
            default -> latin(10 + random.nextInt(50));
        };
        if (nulAndLongPasswords && random.nextInt(3) == 0) {
            password = random.nextBoolean() ? latin(73 + random.nextInt(200)) : insert(password, "\u0000");
        }
        return password;
    }

    private String choices() {
        StringBuilder lines = new StringBuilder();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            lines.append(switch (random.nextInt(5)) {
                case 0 -> text(200);
                case 1 -> chinese(1 + random.nextInt(10)) + " | " + latin(1 + random.nextInt(10));
                case 2 -> chinese(201) + "|" + latin(3);
                default -> chinese(2) + "|" + latin(4);
            }).append(random.nextBoolean() ? "\n" : "\r\n");
        }
        return random.nextInt(20) == 0 ? huge() : lines.toString();
    }

    private String huge() {
        int length = 2_000 + random.nextInt(30_000);
        return random.nextBoolean() ? chinese(length) : latin(length);
    }

    private String chinese(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (0x4e00 + random.nextInt(0x51a5)));
        }
        return text.toString();
    }

    private String latin(int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-_!@&*()[]<>\"'/\\|";
        StringBuilder text = new StringBuilder(Math.max(length, 0));
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private String blanks(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(BLANKS.charAt(random.nextInt(BLANKS.length())));
        }
        return text.toString();
    }

    private String strippedBlanks(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(BLANKS.charAt(random.nextInt(STRIPPED_BLANKS)));
        }
        return text.toString();
    }

    private String controls(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(CONTROL.charAt(random.nextInt(CONTROL.length())));
        }
        return text.toString();
    }

    private String insert(String text, String what) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        return text.substring(0, at) + what + text.substring(at);
    }
}
