package com.satisfaction.core.support;

import com.satisfaction.core.scoring.Score;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generated inputs for property tests: a fixed seed, so a failing case is reproduced by rerunning the test, and the
 * case is printed in the parameterized test's name.
 */
public final class RandomCases {

    public static final int CASES = 200;
    private static final long SEED = 20260101L;

    private RandomCases() {
    }

    /** {@value #CASES} cases built from a fresh seeded generator. */
    public static <T> Stream<T> generate(Function<Random, T> generator) {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> generator.apply(random));
    }

    public static List<Integer> ints(Random random, int maxSize, int min, int max) {
        int size = random.nextInt(maxSize + 1);
        List<Integer> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(min + random.nextInt(max - min + 1));
        }
        return values;
    }

    /**
     * A value within 0.2 of {@code centre} in steps of 0.005, so often exactly on a display boundary (x.x5), moved half
     * the time by 10⁻⁸ to just below or above it or by a repeating fraction (1/3000 … 1/3006), for properties of
     * verdicts read on the figure as shown.
     */
    public static Score near(Random random, Score centre) {
        Score value = centre.plus(Score.ratio(5L * (random.nextInt(81) - 40), 1_000));
        return switch (random.nextInt(6)) {
            case 0 -> value.minus(Score.ratio(1, 100_000_000));
            case 1 -> value.plus(Score.ratio(1, 100_000_000));
            case 2 -> value.plus(Score.ratio(1, 3_000 + random.nextInt(7)));
            default -> value;
        };
    }

    /** A decimal from 0 to {@code max} with up to two decimals; zero only when {@code allowZero}. */
    public static BigDecimal decimal(Random random, int max, boolean allowZero) {
        int hundredths = random.nextInt(max * 100 + 1);
        if (!allowZero && hundredths == 0) {
            hundredths = 1;
        }
        return BigDecimal.valueOf(hundredths, 2);
    }
}
