package com.satisfaction.web.csv;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an uploaded CSV file in the encoding it was most likely written in: a UTF-8 BOM, else strict UTF-8 (Chinese
 * GBK text practically never is valid UTF-8), else ICU's {@link CharsetDetector}; a Chinese guess is read as GB18030
 * (a superset of GBK and GB2312), strictly, so that a wrong guess is an error message rather than garbled names.
 */
public final class CsvEncoding {

    /** The byte order mark, as the first character of a decoded text. */
    public static final String BOM = "\uFEFF";

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    /**
     * A file's text, decoded, and the encoding it was read in.
     *
     * @param text    the text, without a BOM
     * @param charset the encoding's name as the pages show it, e.g. {@code UTF-8 (BOM)} or {@code GB18030}
     */
    public record Decoded(String text, String charset) {
    }

    private CsvEncoding() {
    }

    /** The text of an uploaded file in the encoding it was most likely written in, or nothing when none reads it. */
    public static Optional<Decoded> decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strictly(bytes, StandardCharsets.UTF_8).map(text -> new Decoded(text.substring(1), "UTF-8 (BOM)"));
        }
        Optional<String> utf8 = strictly(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.map(text -> new Decoded(text, "UTF-8"));
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        // GB18030 is a superset of GBK and GB2312: a Chinese file that is not UTF-8 reads with it
        boolean chinese = Arrays.stream(matches).anyMatch(m -> m.getName().startsWith("GB")
                || m.getName().equals("Big5") && m.getConfidence() < 50);
        if (chinese || matches.length == 0) {
            return strictly(bytes, GB18030).map(text -> new Decoded(text, "GB18030"));
        }
        return Arrays.stream(matches).sorted(Comparator.comparingInt(CharsetMatch::getConfidence).reversed())
                .filter(m -> Charset.isSupported(m.getName()))
                .map(m -> strictly(bytes, Charset.forName(m.getName())).map(text -> new Decoded(text, m.getName())))
                .flatMap(Optional::stream).findFirst();
    }

    /** A cell without control characters (tab and line breaks aside, none belongs in a value) and outer blanks. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
                return CONTROL.matcher(raw).replaceAll("").strip();
            }
        }
        return raw.strip();
    }

    private static Optional<String> strictly(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
