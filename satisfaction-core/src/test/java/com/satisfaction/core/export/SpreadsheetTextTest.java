package com.satisfaction.core.export;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetTextTest {

    @Nested
    class Neutralising {

        @ParameterizedTest
        @ValueSource(strings = {"=cmd|' /C calc'!A0", "+1", "-1+2", "@SUM(A1:A2)", "\t=1", "\r=1", "=", "-"})
        void a_cell_that_starts_like_a_formula_gets_a_leading_apostrophe(String text) {
            assertThat(SpreadsheetText.neutralise(text)).isEqualTo("'" + text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Company A01", "很满意", "a=b", "1-2", " =1", "'=1", "\n=1", "42", "O'Brien"})
        void any_other_text_is_written_unchanged(String text) {
            assertThat(SpreadsheetText.neutralise(text)).isEqualTo(text);
        }

        @Test
        void nothing_is_the_empty_cell() {
            assertThat(SpreadsheetText.neutralise(null)).isEmpty();
            assertThat(SpreadsheetText.neutralise("")).isEmpty();
        }
    }

    @Nested
    class Restoring {

        @ParameterizedTest
        @ValueSource(strings = {"=1+2", "+86 21 5555", "-", "@home", "\tx", "plain", "'quoted", "'", ""})
        void a_neutralised_cell_reads_back_as_it_was_written(String text) {
            assertThat(SpreadsheetText.restore(SpreadsheetText.neutralise(text))).isEqualTo(text);
        }

        @Test
        void an_apostrophe_before_anything_but_a_formula_start_is_kept() {
            assertThat(SpreadsheetText.restore("'abc")).isEqualTo("'abc");
        }
    }
}
