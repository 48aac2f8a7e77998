package com.satisfaction.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Nested
    class Creating_one {

        @Test
        void strips_surrounding_white_space_in_both_languages() {
            LocalizedText text = LocalizedText.of("  服务态度\u3000", "\tService attitude \n");

            assertThat(text.zh()).isEqualTo("服务态度");
            assertThat(text.en()).isEqualTo("Service attitude");
        }

        @Test
        void turns_a_missing_language_into_an_empty_string() {
            LocalizedText text = new LocalizedText(null, null);

            assertThat(text).isEqualTo(LocalizedText.EMPTY);
            assertThat(text.zh()).isEmpty();
            assertThat(text.en()).isEmpty();
        }
    }

    @Nested
    class Reading_it_in_a_language {

        private final LocalizedText both = LocalizedText.of("服务态度", "Service attitude");

        @Test
        void gives_the_text_in_that_language() {
            assertThat(both.in(Language.ZH)).isEqualTo("服务态度");
            assertThat(both.in(Language.EN)).isEqualTo("Service attitude");
        }

        @Test
        void falls_back_to_the_other_language_where_one_is_missing() {
            assertThat(LocalizedText.of("服务态度", "").in(Language.EN)).isEqualTo("服务态度");
            assertThat(LocalizedText.of("", "Service attitude").in(Language.ZH)).isEqualTo("Service attitude");
        }

        @Test
        void gives_an_empty_string_when_both_are_missing() {
            assertThat(LocalizedText.EMPTY.in(Language.ZH)).isEmpty();
            assertThat(LocalizedText.EMPTY.in(Language.EN)).isEmpty();
        }
    }

    @Nested
    class Completeness {

        @Test
        void is_complete_only_with_both_languages() {
            assertThat(LocalizedText.of("服务态度", "Service attitude").isComplete()).isTrue();
            assertThat(LocalizedText.of("服务态度", "").isComplete()).isFalse();
            assertThat(LocalizedText.of("", "Service attitude").isComplete()).isFalse();
            assertThat(LocalizedText.of(" ", " ").isComplete()).isFalse();
        }

        @Test
        void is_blank_only_with_neither_language() {
            assertThat(LocalizedText.EMPTY.isBlank()).isTrue();
            assertThat(LocalizedText.of(" ", "\t").isBlank()).isTrue();
            assertThat(LocalizedText.of("服务态度", "").isBlank()).isFalse();
            assertThat(LocalizedText.of("", "Service attitude").isBlank()).isFalse();
        }
    }

    @Nested
    class A_language {

        @Test
        void has_a_lower_case_code() {
            assertThat(Language.ZH.code()).isEqualTo("zh");
            assertThat(Language.EN.code()).isEqualTo("en");
        }

        @Test
        void is_english_for_any_english_code_and_chinese_for_anything_else() {
            assertThat(Language.fromCode("en")).isEqualTo(Language.EN);
            assertThat(Language.fromCode("EN-us")).isEqualTo(Language.EN);
            assertThat(Language.fromCode("zh-CN")).isEqualTo(Language.ZH);
            assertThat(Language.fromCode("fr")).isEqualTo(Language.ZH);
            assertThat(Language.fromCode(null)).isEqualTo(Language.ZH);
        }
    }
}
