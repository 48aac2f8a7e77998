package com.satisfaction.core.record;

import com.satisfaction.core.record.Amounts.Read;
import com.satisfaction.core.record.Amounts.Refused;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class AmountsTest {

    @Nested
    class Taken {

        @ParameterizedTest(name = "\"{0}\" reads as {1}")
        @CsvSource(delimiter = '|', value = {
                "0.0001               | 0.0001",
                "1                    | 1",
                "1000.50              | 1000.50",
                "'  42.5  '           | 42.5",
                "007                  | 7",
                "999999999999999.9999 | 999999999999999.9999"})
        void digits_with_at_most_four_decimals_below_ten_to_the_fifteenth_are_read_exactly(String typed,
                                                                                           BigDecimal expected) {
            assertThat(Amounts.readPositive(typed)).isInstanceOfSatisfying(Read.class,
                    read -> assertThat(read.amount()).isEqualByComparingTo(expected));
        }

        @Test
        void the_amount_is_exact_where_a_double_would_not_be() {
            Read read = (Read) Amounts.readPositive("0.1");
            assertThat(read.amount().add(read.amount()).add(read.amount())).isEqualByComparingTo("0.3");
        }
    }

    @Nested
    class Refusals {

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource(delimiter = '|', value = {
                "''                   | MISSING",
                "'   '                | MISSING",
                "1e3                  | EXPONENT",
                "1E-999999999         | EXPONENT",
                "2.5e+2               | EXPONENT",
                "'1,000'              | SEPARATOR",
                "'1 000'              | SEPARATOR",
                "'12,5'               | SEPARATOR",
                "'1,000.50'           | SEPARATOR",
                "-1                   | NEGATIVE",
                "-0.0001              | NEGATIVE",
                "0                    | ZERO",
                "-0                   | ZERO",
                "0.0000               | ZERO",
                "0.00001              | TOO_MANY_DECIMALS",
                "1.10000              | TOO_MANY_DECIMALS",
                "1000000000000000     | TOO_LARGE",
                "1000000000000000.0001 | TOO_LARGE",
                "99999999999999999999 | TOO_LARGE",
                "abc                  | NOT_A_NUMBER",
                "NaN                  | NOT_A_NUMBER",
                "Infinity             | NOT_A_NUMBER",
                ".5                   | NOT_A_NUMBER",
                "1.                   | NOT_A_NUMBER",
                "1.2.3                | NOT_A_NUMBER",
                "+5                   | NOT_A_NUMBER",
                "--1                  | NOT_A_NUMBER",
                "0x10                 | NOT_A_NUMBER",
                "１０                 | NOT_A_NUMBER",
                "٣                    | NOT_A_NUMBER",
                "五                   | NOT_A_NUMBER"})
        void anything_a_person_might_mean_otherwise_is_refused_with_its_reason(String typed, AmountProblem problem) {
            assertThat(Amounts.readPositive(typed)).isEqualTo(new Refused(problem));
        }

        @Test
        void nothing_sent_is_missing() {
            assertThat(Amounts.readPositive(null)).isEqualTo(new Refused(AmountProblem.MISSING));
        }

        @ParameterizedTest
        @ValueSource(ints = {16, 40, 5_000})
        void a_huge_number_of_digits_is_too_large_not_an_error(int digits) {
            assertThat(Amounts.readPositive("9".repeat(digits))).isEqualTo(new Refused(AmountProblem.TOO_LARGE));
        }
    }

    @Test
    void the_limit_is_ten_to_the_fifteenth() {
        assertThat(Amounts.LIMIT).isEqualByComparingTo(BigDecimal.TEN.pow(15));
    }
}
