package com.satisfaction.core.scoring;

import com.satisfaction.core.scoring.PolicyProblem.Kind;
import com.satisfaction.core.scoring.ScoringPolicy.ClaimRule;
import com.satisfaction.core.scoring.ScoringPolicy.LostBusinessRule;
import com.satisfaction.core.scoring.ScoringPolicy.PraiseRule;
import com.satisfaction.core.scoring.ScoringPolicy.ProductReturnRule;
import com.satisfaction.core.scoring.ScoringPolicy.SurveyRule;
import com.satisfaction.core.scoring.ScoringPolicy.Targets;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A {@link ScoringPolicy} as canonical text, to store a version of it and to snapshot it with a closed period: a
 * format line, then one {@code key=value} line per {@link PolicyKey} in its fixed order, each ending in {@code \n},
 * numbers exact and in their shortest decimal form. The FM40 defaults read:
 * <pre>
 * format=scoring-policy/1
 * survey.maxPoints=60
 * survey.reviewBelow=45
 * productReturns.fullPointsBelow=1
 * productReturns.partialPointsUpTo=2
 * productReturns.fullPoints=10
 * productReturns.partialPoints=5
 * productReturns.otherPoints=0
 * lostBusiness.pointsByLostCount=10,8,6,0
 * praise.pointsPerPraise=2
 * praise.maxPoints=10
 * claims.pointsWithoutClaims=10
 * claims.pointsWithClaims=0
 * satisfiedFrom=85
 * verySatisfiedFrom=95
 * highValuePercentage=20
 * targets.satisfactionRate=85
 * targets.responseRate=70
 * targets.minimumSample=5
 * </pre>
 * {@code read(write(policy))} gives the policy back exactly, and the same policy is always written the same way, so
 * two texts are equal exactly when their policies are. Reading checks every value and reports each problem with its
 * key ({@link PolicyProblem}) instead of stopping at the first: a form of the values gets a message beside each field.
 */
public final class PolicyText {

    /** The format this class writes; the first line of every text is {@code format=scoring-policy/1}. */
    public static final String FORMAT = "scoring-policy/1";

    /** The key of the format line. */
    public static final String FORMAT_KEY = "format";

    private static final Pattern WHOLE = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern FRACTION = Pattern.compile("(-?\\d+)/(\\d+)");
    private static final int LONGEST_KEY_SHOWN = 40;

    private PolicyText() {
    }

    /** What reading a policy gave: the policy, or every problem found. */
    public sealed interface Reading permits Read, Refused {
    }

    /**
     * The policy read.
     *
     * @param policy the policy
     */
    public record Read(ScoringPolicy policy) implements Reading {

        /** Creates the result. */
        public Read {
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * The text or values did not make a policy.
     *
     * @param problems every problem found, in the order of the keys; never empty
     */
    public record Refused(List<PolicyProblem> problems) implements Reading {

        /** Creates the result. */
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal without a problem");
            }
        }
    }

    /** The canonical text of {@code policy}. */
    public static String write(ScoringPolicy policy) {
        StringBuilder text = new StringBuilder(FORMAT_KEY).append('=').append(FORMAT).append('\n');
        values(policy).forEach((key, value) -> text.append(key.key()).append('=').append(value).append('\n'));
        return text.toString();
    }

    /** Every value of {@code policy} as its text writes it, in key order. */
    public static Map<PolicyKey, String> values(ScoringPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        Map<PolicyKey, String> values = new EnumMap<>(PolicyKey.class);
        for (PolicyKey key : PolicyKey.values()) {
            values.put(key, switch (key) {
                case SURVEY_MAX_POINTS -> whole(policy.survey().maxPoints());
                case SURVEY_REVIEW_BELOW -> decimal(policy.survey().reviewBelow());
                case PRODUCT_RETURNS_FULL_POINTS_BELOW -> decimal(policy.productReturns().fullPointsBelow());
                case PRODUCT_RETURNS_PARTIAL_POINTS_UP_TO -> decimal(policy.productReturns().partialPointsUpTo());
                case PRODUCT_RETURNS_FULL_POINTS -> whole(policy.productReturns().fullPoints());
                case PRODUCT_RETURNS_PARTIAL_POINTS -> whole(policy.productReturns().partialPoints());
                case PRODUCT_RETURNS_OTHER_POINTS -> whole(policy.productReturns().otherPoints());
                case LOST_BUSINESS_POINTS_BY_LOST_COUNT -> policy.lostBusiness().pointsByLostCount().stream()
                        .map(PolicyText::whole).collect(Collectors.joining(","));
                case PRAISE_POINTS_PER_PRAISE -> whole(policy.praise().pointsPerPraise());
                case PRAISE_MAX_POINTS -> whole(policy.praise().maxPoints());
                case CLAIMS_POINTS_WITHOUT_CLAIMS -> whole(policy.claims().pointsWithoutClaims());
                case CLAIMS_POINTS_WITH_CLAIMS -> whole(policy.claims().pointsWithClaims());
                case SATISFIED_FROM -> decimal(policy.satisfiedFrom());
                case VERY_SATISFIED_FROM -> decimal(policy.verySatisfiedFrom());
                case HIGH_VALUE_PERCENTAGE -> decimal(policy.highValuePercentage());
                case TARGET_SATISFACTION_RATE -> decimal(policy.targets().satisfactionRate());
                case TARGET_RESPONSE_RATE -> decimal(policy.targets().responseRate());
                case MINIMUM_SAMPLE -> whole(policy.targets().minimumSample());
            });
        }
        return Collections.unmodifiableMap(values);
    }

    /**
     * The policy a text holds, or every problem of it: a line that is not {@code key=value}, an unknown or repeated
     * key, a missing value, a value that is not a number or out of its range, part maxima that do not add up to 100.
     * Blank lines and a {@code \r} before a line's end are ignored; numbers may be written in any decimal form
     * ({@code 85.0}), and {@link #write(ScoringPolicy)} writes them back in the shortest.
     */
    public static Reading read(String text) {
        Objects.requireNonNull(text, "text");
        Map<PolicyKey, String> values = new EnumMap<>(PolicyKey.class);
        List<PolicyProblem> problems = new ArrayList<>();
        String format = null;
        for (String line : text.split("\n", -1)) {
            String content = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (content.isBlank()) {
                continue;
            }
            int equals = content.indexOf('=');
            if (equals <= 0) {
                problems.add(new PolicyProblem(shorten(content), Kind.NOT_A_LINE, List.of()));
                continue;
            }
            String name = content.substring(0, equals);
            String value = content.substring(equals + 1);
            if (name.equals(FORMAT_KEY)) {
                if (format != null) {
                    problems.add(new PolicyProblem(FORMAT_KEY, Kind.REPEATED_KEY, List.of()));
                }
                format = value;
                continue;
            }
            PolicyKey key = PolicyKey.byKey(name).orElse(null);
            if (key == null) {
                problems.add(new PolicyProblem(shorten(name), Kind.UNKNOWN_KEY, List.of()));
            } else if (values.putIfAbsent(key, value) != null) {
                problems.add(new PolicyProblem(name, Kind.REPEATED_KEY, List.of()));
            }
        }
        if (!FORMAT.equals(format)) {
            return new Refused(List.of(new PolicyProblem(FORMAT_KEY, Kind.UNSUPPORTED_FORMAT,
                    List.of(format == null ? "" : shorten(format)))));
        }
        Reading checked = of(values);
        if (problems.isEmpty()) {
            return checked;
        }
        if (checked instanceof Refused refused) {
            problems.addAll(refused.problems());
        }
        return new Refused(problems);
    }

    /**
     * The policy a text known to be valid holds, such as a stored version's.
     *
     * @throws IllegalArgumentException when the text does not hold a policy; the message lists the problems
     */
    public static ScoringPolicy parse(String text) {
        Reading reading = read(text);
        if (reading instanceof Read read) {
            return read.policy();
        }
        throw new IllegalArgumentException("not a scoring policy: " + ((Refused) reading).problems());
    }

    /**
     * The policy of the given values, each as a person typed it (surrounding blanks are ignored), or every problem
     * of them, each with its key: what a form of the policy's values is checked with.
     */
    public static Reading of(Map<PolicyKey, String> values) {
        return new Check(values).run();
    }

    /** The values that differ between two policies, in key order; empty when they are the same policy. */
    public static List<PolicyChange> diff(ScoringPolicy before, ScoringPolicy after) {
        Map<PolicyKey, String> old = values(before);
        Map<PolicyKey, String> changed = values(after);
        List<PolicyChange> changes = new ArrayList<>();
        for (PolicyKey key : PolicyKey.values()) {
            if (!old.get(key).equals(changed.get(key))) {
                changes.add(new PolicyChange(key, old.get(key), changed.get(key)));
            }
        }
        return List.copyOf(changes);
    }

    /** One line per change, {@code key: before → after}, e.g. to store with a new version. */
    public static String summary(List<PolicyChange> changes) {
        return changes.stream().map(PolicyChange::toString).collect(Collectors.joining("\n"));
    }

    static String whole(int value) {
        return Integer.toString(value);
    }

    /** The exact value in its shortest decimal form ({@code 85}, {@code 84.9}), or as a fraction ({@code 287/3}). */
    static String decimal(Score value) {
        return value.exactDecimal().map(exact -> exact.stripTrailingZeros().toPlainString())
                .orElse(value.numerator() + "/" + value.denominator());
    }

    private static String shorten(String text) {
        return text.length() <= LONGEST_KEY_SHOWN ? text : text.substring(0, LONGEST_KEY_SHOWN) + "…";
    }

    /** Checks values one by one, each against the bounds the values it depends on set when those are valid. */
    private static final class Check {

        private static final BigInteger HUNDRED = BigInteger.valueOf(ScoringPolicy.COMPOSITE_MAXIMUM);

        private final Map<PolicyKey, String> raw;
        private final Map<PolicyKey, Object> valid = new EnumMap<>(PolicyKey.class);
        private final List<PolicyProblem> problems = new ArrayList<>();

        Check(Map<PolicyKey, String> raw) {
            this.raw = Objects.requireNonNull(raw, "values");
        }

        Reading run() {
            whole(PolicyKey.SURVEY_MAX_POINTS, 0, 100);
            threshold(PolicyKey.SURVEY_REVIEW_BELOW, Score.ZERO, upper(PolicyKey.SURVEY_MAX_POINTS));
            threshold(PolicyKey.PRODUCT_RETURNS_FULL_POINTS_BELOW, Score.ZERO, Score.HUNDRED);
            threshold(PolicyKey.PRODUCT_RETURNS_PARTIAL_POINTS_UP_TO,
                    lowerScore(PolicyKey.PRODUCT_RETURNS_FULL_POINTS_BELOW), Score.HUNDRED);
            whole(PolicyKey.PRODUCT_RETURNS_FULL_POINTS, 0, 100);
            whole(PolicyKey.PRODUCT_RETURNS_PARTIAL_POINTS, 0, ceiling(PolicyKey.PRODUCT_RETURNS_FULL_POINTS));
            whole(PolicyKey.PRODUCT_RETURNS_OTHER_POINTS, 0, ceiling(PolicyKey.PRODUCT_RETURNS_PARTIAL_POINTS,
                    PolicyKey.PRODUCT_RETURNS_FULL_POINTS));
            pointsList(PolicyKey.LOST_BUSINESS_POINTS_BY_LOST_COUNT);
            whole(PolicyKey.PRAISE_MAX_POINTS, 0, 100);
            whole(PolicyKey.PRAISE_POINTS_PER_PRAISE, 0, ceiling(PolicyKey.PRAISE_MAX_POINTS));
            whole(PolicyKey.CLAIMS_POINTS_WITHOUT_CLAIMS, 0, 100);
            whole(PolicyKey.CLAIMS_POINTS_WITH_CLAIMS, 0, ceiling(PolicyKey.CLAIMS_POINTS_WITHOUT_CLAIMS));
            threshold(PolicyKey.SATISFIED_FROM, Score.ZERO, Score.HUNDRED);
            threshold(PolicyKey.VERY_SATISFIED_FROM, lowerScore(PolicyKey.SATISFIED_FROM), Score.HUNDRED);
            share(PolicyKey.HIGH_VALUE_PERCENTAGE);
            threshold(PolicyKey.TARGET_SATISFACTION_RATE, Score.ZERO, Score.HUNDRED);
            threshold(PolicyKey.TARGET_RESPONSE_RATE, Score.ZERO, Score.HUNDRED);
            whole(PolicyKey.MINIMUM_SAMPLE, 1, Targets.MAX_MINIMUM_SAMPLE);
            partsAddUp();
            if (!problems.isEmpty()) {
                problems.sort((a, b) -> Integer.compare(order(a), order(b)));
                return new Refused(problems);
            }
            return new Read(policy());
        }

        private void partsAddUp() {
            List<PolicyKey> maxima = List.of(PolicyKey.SURVEY_MAX_POINTS, PolicyKey.PRODUCT_RETURNS_FULL_POINTS,
                    PolicyKey.LOST_BUSINESS_POINTS_BY_LOST_COUNT, PolicyKey.PRAISE_MAX_POINTS,
                    PolicyKey.CLAIMS_POINTS_WITHOUT_CLAIMS);
            if (!maxima.stream().allMatch(valid::containsKey)) {
                return;
            }
            List<Integer> points = List.of(integer(PolicyKey.SURVEY_MAX_POINTS),
                    integer(PolicyKey.PRODUCT_RETURNS_FULL_POINTS), lostPoints().get(0),
                    integer(PolicyKey.PRAISE_MAX_POINTS), integer(PolicyKey.CLAIMS_POINTS_WITHOUT_CLAIMS));
            int sum = points.stream().mapToInt(Integer::intValue).sum();
            if (sum != ScoringPolicy.COMPOSITE_MAXIMUM) {
                List<String> arguments = new ArrayList<>();
                arguments.add(Integer.toString(sum));
                points.forEach(value -> arguments.add(Integer.toString(value)));
                problems.add(new PolicyProblem(PolicyKey.SURVEY_MAX_POINTS.key(), Kind.PARTS_DO_NOT_ADD_UP,
                        arguments));
            }
        }

        private ScoringPolicy policy() {
            try {
                return new ScoringPolicy(
                        new SurveyRule(integer(PolicyKey.SURVEY_MAX_POINTS), score(PolicyKey.SURVEY_REVIEW_BELOW)),
                        new ProductReturnRule(score(PolicyKey.PRODUCT_RETURNS_FULL_POINTS_BELOW),
                                score(PolicyKey.PRODUCT_RETURNS_PARTIAL_POINTS_UP_TO),
                                integer(PolicyKey.PRODUCT_RETURNS_FULL_POINTS),
                                integer(PolicyKey.PRODUCT_RETURNS_PARTIAL_POINTS),
                                integer(PolicyKey.PRODUCT_RETURNS_OTHER_POINTS)),
                        new LostBusinessRule(lostPoints()),
                        new PraiseRule(integer(PolicyKey.PRAISE_POINTS_PER_PRAISE),
                                integer(PolicyKey.PRAISE_MAX_POINTS)),
                        new ClaimRule(integer(PolicyKey.CLAIMS_POINTS_WITHOUT_CLAIMS),
                                integer(PolicyKey.CLAIMS_POINTS_WITH_CLAIMS)),
                        score(PolicyKey.SATISFIED_FROM),
                        score(PolicyKey.VERY_SATISFIED_FROM),
                        score(PolicyKey.HIGH_VALUE_PERCENTAGE),
                        new Targets(score(PolicyKey.TARGET_SATISFACTION_RATE), score(PolicyKey.TARGET_RESPONSE_RATE),
                                integer(PolicyKey.MINIMUM_SAMPLE)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("values the check accepted were refused by the policy", e);
            }
        }

        private void whole(PolicyKey key, long low, long high) {
            String value = present(key);
            if (value == null) {
                return;
            }
            if (!WHOLE.matcher(value).matches()) {
                problem(key, Kind.NOT_A_WHOLE_NUMBER);
                return;
            }
            BigInteger number = new BigInteger(value);
            if (number.compareTo(BigInteger.valueOf(low)) < 0 || number.compareTo(BigInteger.valueOf(high)) > 0) {
                problem(key, Kind.OUT_OF_RANGE, Long.toString(low), Long.toString(high));
                return;
            }
            valid.put(key, number.intValueExact());
        }

        private void threshold(PolicyKey key, Score low, Score high) {
            Score number = number(key);
            if (number == null) {
                return;
            }
            if (!number.isBetween(low, high)) {
                problem(key, Kind.OUT_OF_RANGE, decimal(low), decimal(high));
            } else if (!number.isShownExactly()) {
                problem(key, Kind.TOO_MANY_DECIMALS);
            } else {
                valid.put(key, number);
            }
        }

        private void share(PolicyKey key) {
            Score number = number(key);
            if (number == null) {
                return;
            }
            if (number.signum() <= 0 || number.isGreaterThan(Score.HUNDRED)) {
                problem(key, Kind.OUT_OF_RANGE, "0", decimal(Score.HUNDRED));
            } else {
                valid.put(key, number);
            }
        }

        private Score number(PolicyKey key) {
            String value = present(key);
            if (value == null) {
                return null;
            }
            if (DECIMAL.matcher(value).matches()) {
                return Score.of(new BigDecimal(value));
            }
            var fraction = FRACTION.matcher(value);
            if (fraction.matches() && new BigInteger(fraction.group(2)).signum() > 0) {
                return new Score(new BigInteger(fraction.group(1)), new BigInteger(fraction.group(2)));
            }
            problem(key, Kind.NOT_A_NUMBER);
            return null;
        }

        private void pointsList(PolicyKey key) {
            String value = present(key);
            if (value == null) {
                return;
            }
            List<Integer> points = new ArrayList<>();
            BigInteger ceiling = HUNDRED;
            for (String part : value.split(",", -1)) {
                String entry = part.strip();
                if (!WHOLE.matcher(entry).matches()) {
                    problem(key, Kind.NOT_A_LIST);
                    return;
                }
                BigInteger number = new BigInteger(entry);
                if (number.signum() < 0 || number.compareTo(ceiling) > 0) {
                    problem(key, Kind.OUT_OF_RANGE, "0", ceiling.toString());
                    return;
                }
                points.add(number.intValueExact());
                ceiling = number;
            }
            valid.put(key, List.copyOf(points));
        }

        /** The value, stripped; null (and a problem) when missing or blank. */
        private String present(PolicyKey key) {
            String value = raw.get(key);
            if (value == null || value.isBlank()) {
                problem(key, Kind.MISSING);
                return null;
            }
            return value.strip();
        }

        private long ceiling(PolicyKey... candidates) {
            for (PolicyKey candidate : candidates) {
                if (valid.containsKey(candidate)) {
                    return integer(candidate);
                }
            }
            return ScoringPolicy.COMPOSITE_MAXIMUM;
        }

        private Score upper(PolicyKey key) {
            return valid.containsKey(key) ? Score.of(integer(key)) : Score.HUNDRED;
        }

        private Score lowerScore(PolicyKey key) {
            return valid.containsKey(key) ? score(key) : Score.ZERO;
        }

        private int integer(PolicyKey key) {
            return (Integer) valid.get(key);
        }

        private Score score(PolicyKey key) {
            return (Score) valid.get(key);
        }

        @SuppressWarnings("unchecked")
        private List<Integer> lostPoints() {
            return (List<Integer>) valid.get(PolicyKey.LOST_BUSINESS_POINTS_BY_LOST_COUNT);
        }

        private void problem(PolicyKey key, Kind kind, String... arguments) {
            problems.add(new PolicyProblem(key.key(), kind, List.of(arguments)));
        }

        private static int order(PolicyProblem problem) {
            return problem.policyKey().map(Enum::ordinal).orElse(Integer.MAX_VALUE);
        }
    }
}
