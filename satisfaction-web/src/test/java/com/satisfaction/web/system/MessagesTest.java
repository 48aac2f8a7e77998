package com.satisfaction.web.system;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All text comes from the message bundles: both languages have the same keys, every key a template
 * asks for exists, and no template carries a hard-coded word.
 */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final List<String> TEXT_ATTRIBUTES = List.of("placeholder", "title", "alt", "aria-label", "value");

    @Test
    void chinese_and_english_bundles_have_the_same_keys() throws IOException {
        for (String basename : basenames()) {
            assertThat(bundle(basename + "_en.properties").stringPropertyNames()).as(basename)
                    .containsExactlyInAnyOrderElementsOf(bundle(basename + ".properties").stringPropertyNames());
        }
    }

    @Test
    void no_key_is_defined_in_two_bundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String basename : basenames()) {
            for (String key : bundle(basename + ".properties").stringPropertyNames()) {
                String previous = owner.putIfAbsent(key, basename);
                if (previous != null) {
                    twice.add(key + " in " + previous + " and " + basename);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void every_message_a_template_uses_exists() throws IOException {
        Set<String> known = new HashSet<>();
        for (String basename : basenames()) {
            known.addAll(bundle(basename + ".properties").stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!known.contains(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templates_hold_no_hard_coded_text() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template));
            for (Element element : document.getAllElements()) {
                if (element.hasAttr("th:text") || element.hasAttr("th:utext")) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (LETTER.matcher(text.text()).find()) {
                        literals.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> " + text.text().strip());
                    }
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    String value = element.attr(attribute);
                    boolean translated = element.hasAttr("th:" + attribute) || element.hasAttr("th:attr");
                    if (!translated && LETTER.matcher(value).find() && !isProgrammaticValue(element, attribute)) {
                        literals.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + value + "\"");
                    }
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    /** A form control's value attribute that the server reads (true, a role name) is not text for people. */
    private static boolean isProgrammaticValue(Element element, String attribute) {
        return attribute.equals("value") && !element.attr("type").equals("submit") && !element.attr("type").equals("button");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** The bundles the application reads, as {@code spring.messages.basename} lists them. */
    private static List<String> basenames() throws IOException {
        Properties application = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        return Arrays.stream(application.getProperty("spring.messages.basename").split(",")).map(String::strip).toList();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
