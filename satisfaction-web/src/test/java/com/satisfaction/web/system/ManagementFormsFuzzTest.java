package com.satisfaction.web.system;

import com.satisfaction.core.scoring.PolicyKey;
import com.satisfaction.core.scoring.PolicyText;
import com.satisfaction.core.scoring.ScoringPolicy;
import com.satisfaction.core.action.ActionLifecycle;
import com.satisfaction.core.action.ActionStatus;
import com.satisfaction.core.action.Transition;
import com.satisfaction.core.survey.LocalizedText;
import com.satisfaction.core.survey.QuestionDefinition;
import com.satisfaction.core.survey.Scale;
import com.satisfaction.core.survey.SectionDefinition;
import com.satisfaction.core.survey.SurveyDefinition;
import com.satisfaction.core.survey.SurveyTemplate;
import com.satisfaction.core.survey.Language;
import com.satisfaction.persistence.complaint.ComplaintRepository;
import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.action.ImprovementAction;
import com.satisfaction.persistence.action.ImprovementActionRepository;
import com.satisfaction.persistence.response.Recipient;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.delivery.DeliveryRepository;
import com.satisfaction.persistence.delivery.ProductReturn;
import com.satisfaction.persistence.delivery.ProductReturnRepository;
import com.satisfaction.core.record.Currencies;
import com.satisfaction.persistence.record.ClaimRepository;
import com.satisfaction.persistence.record.LostBusinessRepository;
import com.satisfaction.persistence.record.PraiseRepository;
import com.satisfaction.persistence.policy.ScoringPolicyVersion;
import com.satisfaction.persistence.policy.ScoringPolicyVersionRepository;
import com.satisfaction.persistence.response.RecipientRepository;
import com.satisfaction.persistence.survey.Question;
import com.satisfaction.persistence.survey.Survey;
import com.satisfaction.persistence.survey.SurveyRepository;
import com.satisfaction.persistence.user.Role;
import com.satisfaction.persistence.user.UserAccount;
import com.satisfaction.persistence.user.UserAccountRepository;
import com.satisfaction.web.RunningServerTest;
import com.satisfaction.web.TestAccounts;
import com.satisfaction.web.policy.PolicyFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random input against every management form, through the real server (Tomcat's parameter parsing,
 * Spring Security, the real error pages): survey creation, title and intro, sections, questions of every
 * type, test links, user creation and update, password reset and change. Inputs are seeded (set
 * {@code -Dfuzz.seed=…} to replay a run): huge strings, Chinese, control characters, Unicode blanks,
 * markup and template probes, letters and huge or negative numbers in number fields, missing and repeated
 * fields, wrong enum values. Every response must be below 500, show no stack trace or Java name, escape
 * what was typed, show a message when it shows the form again, and leave the database either unchanged or
 * changed into something valid — never half-valid.
 * The run stops after {@value #DEFAULT_CASES} cases or {@value #DEFAULT_SECONDS} seconds, whichever comes
 * first (about 1,000 to 2,000 cases fit on a busy two-core machine), the forms taking turns so that each
 * gets its share; it always runs at least {@value #MINIMUM_CASES} cases, however long a loaded machine takes,
 * since fewer would mean little (a time floor on a count made the test fail on a busy machine).
 */
@RunningServerTest
class ManagementFormsFuzzTest {

    static final int DEFAULT_CASES = 3000;
    static final int DEFAULT_SECONDS = 40;
    static final int MINIMUM_CASES = 500;

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_123L);
    private static final int CASES = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
    private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("fuzz.seconds", DEFAULT_SECONDS));

    /** What a page must never show: stack traces, Java names, unresolved messages. */
    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("Exception|Whitelabel|Failed to convert|typeMismatch"),
            Pattern.compile("(java|javax|jakarta|org\\.springframework|org\\.hibernate|org\\.postgresql|org\\.thymeleaf"
                    + "|com\\.satisfaction)\\.[a-z]"),
            Pattern.compile("\\sat [a-z]+\\.[\\w.$]+\\("),
            Pattern.compile("\\?\\?[\\w.]+_[a-z]{2}(_[A-Z]{2})?\\?\\?"),
            Pattern.compile("\\{(editor|survey|user|link|password|question)\\.[\\w.]+}"));
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");
    private static final Pattern SURVEY_EDITOR = Pattern.compile(".*/surveys/(\\d+)/edit(#.*)?");
    private static final Pattern CUSTOMER_PAGE = Pattern.compile(".*/customers/(\\d+)");
    private static final Pattern MOVEMENT_PAGE = Pattern.compile(".*/deliveries/(delivery|return)/(\\d+)");
    private static final Pattern ACTION_PAGE = Pattern.compile(".*/actions/(\\d+)");
    private static final Pattern COMPLAINT_PAGE = Pattern.compile(".*/complaints/(\\d+)");
    private static final Set<String> TRUE = Set.of("true", "on", "yes", "1");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SurveyRepository surveys;

    @Autowired
    RecipientRepository recipients;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    CustomerRepository customers;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DeliveryRepository deliveries;

    @Autowired
    ProductReturnRepository productReturns;

    @Autowired
    PraiseRepository praise;

    @Autowired
    ClaimRepository claims;

    @Autowired
    LostBusinessRepository lostBusiness;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    ScoringPolicyVersionRepository policyVersions;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    ImprovementActionRepository actions;

    @Test
    void the_management_forms_answer_random_input_without_errors_leaks_or_half_valid_data() {
        Report report = new Fuzz(new FormInputs(new Random(SEED), false)).run();

        System.out.printf("Fuzzed the management forms: seed %d, %d cases in %d ms; cases per form %s; ms per form %s%n",
                SEED, report.cases, report.millis, report.casesPerForm, report.millisPerForm);
        assertThat(report.failures).as("seed %d", SEED).isEmpty();
    }

    /**
     * The same with NUL bytes in every text and passwords longer than BCrypt's 72 bytes: the request filter
     * strips control characters (PostgreSQL refuses NUL) and passwords are limited to 72 UTF-8 bytes.
     */
    @Test
    void the_management_forms_answer_nul_bytes_and_over_long_passwords_without_errors() {
        Report report = new Fuzz(new FormInputs(new Random(SEED), true)).run();

        assertThat(report.failures).as("seed %d", SEED).isEmpty();
    }

    private record Report(int cases, long millis, Map<String, Integer> casesPerForm, Map<String, Long> millisPerForm,
                          List<String> failures) {
    }

    /** One form under test: where it posts, what it sends, and what the database must look like afterwards. */
    private abstract static class Target {

        final String name;
        final FormSession session;

        Target(String name, FormSession session) {
            this.name = name;
            this.session = session;
        }

        abstract String path(FormInputs in);

        abstract List<FormField> params(FormInputs in);

        /** The part of the database this form may change. */
        abstract Object snapshot();

        /** What is wrong with the database after {@code response}; empty when all is well. */
        abstract Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before);

        /** Whether the form is sent with GET (a download's choices) rather than POST. */
        boolean sentWithGet() {
            return false;
        }

        /** Called after each case, to start afresh when the form's data has grown large. */
        void tidy() {
        }
    }

    private final class Fuzz {

        private final FormInputs in;
        private final List<String> failures = new ArrayList<>();
        private final Set<String> failureKinds = new HashSet<>();

        Fuzz(FormInputs in) {
            this.in = in;
        }

        Report run() {
            FormSession manager = session(accounts.create(Role.QUALITY_MANAGER).getUsername(), TestAccounts.PASSWORD);
            FormSession admin = session(accounts.create(Role.ADMIN).getUsername(), TestAccounts.PASSWORD);
            UserAccount self = accounts.create(Role.QUALITY_MANAGER);
            FormSession own = session(self.getUsername(), TestAccounts.PASSWORD);

            Map<Target, Integer> weights = new LinkedHashMap<>();
            weights.put(new SurveyCreation(manager), 350);
            weights.put(new CustomerCreation(manager), 150);
            weights.put(new MovementCreation(manager, false), 150);
            weights.put(new MovementCreation(manager, true), 60);
            weights.put(new PraiseCreation(manager), 100);
            weights.put(new ClaimCreation(manager), 150);
            weights.put(new LostBusinessCreation(manager), 100);
            weights.put(new ComplaintCreation(manager), 150);
            weights.put(new ActionCreation(manager, self.getId()), 150);
            weights.put(new ActionStep(manager, self), 100);
            weights.put(new Description(manager), 300);
            weights.put(new SectionCreation(manager), 250);
            weights.put(new SectionRename(manager), 200);
            weights.put(new QuestionCreation(manager), 900);
            weights.put(new QuestionUpdate(manager), 350);
            weights.put(new TestLinkCreation(manager), 300);
            weights.put(new UserCreation(admin), 200);
            weights.put(new UserUpdate(admin), 150);
            weights.put(new PasswordReset(admin), 60);
            weights.put(new PasswordChange(own, self.getId()), 20);
            weights.put(new PeriodCloseAndReopen(manager), 100);
            weights.put(new ResponseExclusion(manager), 100);
            weights.put(new ReportConclusion(manager), 100);
            weights.put(new PolicyChange(admin), 150);
            weights.put(new ResponsesExport(manager), 60);

            List<Target> schedule = new ArrayList<>();
            weights.forEach((target, weight) -> schedule.addAll(Collections.nCopies(weight, target)));
            Collections.shuffle(schedule, in.random);

            Map<String, Integer> perForm = new LinkedHashMap<>();
            Map<String, Long> millisPerForm = new LinkedHashMap<>();
            long start = System.nanoTime();
            int cases = 0;
            for (Target target : schedule) {
                boolean budgetSpent = Duration.ofNanos(System.nanoTime() - start).compareTo(BUDGET) > 0;
                if (cases >= CASES || budgetSpent && cases >= MINIMUM_CASES) {
                    break;
                }
                long caseStart = System.nanoTime();
                runCase(cases, target);
                perForm.merge(target.name, 1, Integer::sum);
                millisPerForm.merge(target.name, (System.nanoTime() - caseStart) / 1_000_000, Long::sum);
                cases++;
            }
            return new Report(cases, Duration.ofNanos(System.nanoTime() - start).toMillis(), perForm, millisPerForm,
                    failures);
        }

        private void runCase(int index, Target target) {
            String path = target.path(in);
            List<FormField> params = target.params(in);
            Object before = target.snapshot();
            HttpResponse<String> response = target.sentWithGet() ? target.session.get(path, params)
                    : target.session.post(path, params);
            List<String> problems = new ArrayList<>();
            int status = response.statusCode();
            if (status >= 500 || status == 403) {
                problems.add("status " + status);
            }
            String body = response.body();
            for (Pattern leak : LEAKS) {
                Matcher matcher = leak.matcher(body);
                if (matcher.find()) {
                    problems.add("page shows \"" + excerpt(body, matcher.start()) + "\"");
                }
            }
            if (body.contains("<script>alert(")) {
                problems.add("input echoed unescaped");
            }
            boolean download = response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment");
            if (status == 200 && !download && !body.contains("field-error") && !body.contains("alert error")) {
                problems.add("form shown again without a message");
            }
            if (status < 500) {
                target.check(response, params, before).ifPresent(problems::add);
            }
            if (!problems.isEmpty()) {
                String kind = target.name + ": " + problems.get(0).replaceAll("\\d+", "#");
                if (failureKinds.add(kind) && failures.size() < 30) {
                    failures.add("case " + index + " " + target.name + (target.sentWithGet() ? " GET " : " POST ") + path + " " + show(params) + " -> "
                            + status + ": " + String.join("; ", problems));
                }
            }
            target.tidy();
        }
    }

    // ---------------------------------------------------------------- half-year close (issue 12)

    /**
     * Closing (with a random waiver; nothing of the period was sent, so only a waiver closes it) and re-opening (with a
     * random reason) one half-year: every close stored is one snapshot and one logged event, every waiver and reason
     * stored is stripped, not blank and within its column, and a refusal stores nothing.
     */
    private final class PeriodCloseAndReopen extends Target {

        static final String PERIOD = "2097-H2";

        PeriodCloseAndReopen(FormSession session) {
            super("half-year close and re-open", session);
        }

        String path(FormInputs in) {
            return "/periods/" + PERIOD + (in.random.nextBoolean() ? "/close" : "/reopen");
        }

        List<FormField> params(FormInputs in) {
            return in.fields(Map.of("waiverReason", () -> in.text(2001), "reason", () -> in.text(2001)));
        }

        Object snapshot() {
            return List.of(jdbc.queryForObject("SELECT COUNT(*) FROM period_snapshot WHERE period_id = ?", Long.class, PERIOD),
                    jdbc.queryForObject("SELECT COUNT(*) FROM period_event WHERE period_id = ?", Long.class, PERIOD));
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            if (response.statusCode() == 200) {
                return unchanged(before, snapshot());
            }
            long closes = jdbc.queryForObject("SELECT COUNT(*) FROM period_event WHERE period_id = ? AND kind <> 'RE_OPENED'",
                    Long.class, PERIOD);
            long snapshots = (Long) ((List<?>) snapshot()).get(0);
            if (closes != snapshots) {
                return Optional.of("closes logged " + closes + " but snapshots " + snapshots);
            }
            List<String> texts = new ArrayList<>(jdbc.queryForList(
                    "SELECT waiver_reason FROM period_snapshot WHERE period_id = ? AND waiver_reason IS NOT NULL", String.class, PERIOD));
            texts.addAll(jdbc.queryForList("SELECT reason FROM period_event WHERE period_id = ? AND reason IS NOT NULL",
                    String.class, PERIOD));
            for (String text : texts) {
                if (text.isBlank() || !text.equals(text.strip()) || text.length() > 2000) {
                    return Optional.of("stored reason \"" + abbreviate(text) + "\"");
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Excluding one response of an open half-year (with a random reason code and text) and counting it again: the
     * response is excluded exactly when its log's last entry says so, with a known reason code, OTHER only with a
     * text, and every text stored stripped, not blank and within its column.
     */
    private final class ResponseExclusion extends Target {

        static final String PERIOD = "2097-H1";
        final long customer;
        final long response;

        ResponseExclusion(FormSession session) {
            super("response exclusion", session);
            customer = jdbc.queryForObject("INSERT INTO customer (code, name, active, key_account, created_at)"
                    + " VALUES (?, 'Fuzzed exclusions', TRUE, FALSE, now()) RETURNING id", Long.class,
                    "FZX-" + UUID.randomUUID().toString().substring(0, 8));
            long survey = jdbc.queryForObject("SELECT MIN(id) FROM survey", Long.class);
            long campaign = jdbc.queryForObject("INSERT INTO campaign (survey_id, name, period, status,"
                    + " target_response_rate, created_at) VALUES (?, 'Fuzzed exclusions', ?, 'OPEN', 70, now())"
                    + " RETURNING id", Long.class, survey, PERIOD);
            long link = jdbc.queryForObject("INSERT INTO recipient (token, survey_id, campaign_id, customer_id,"
                    + " language, created_at, sent_at, answered_at) VALUES (?, ?, ?, ?, 'zh', now(), now(), now())"
                    + " RETURNING id", Long.class, UUID.randomUUID().toString().replace("-", ""), survey, campaign,
                    customer);
            response = jdbc.queryForObject("INSERT INTO response (recipient_id, survey_id, submitted_at, language,"
                    + " earned_units, possible_units, campaign_id, customer_id, period)"
                    + " VALUES (?, ?, now(), 'zh', 35000, 70000, ?, ?, ?) RETURNING id", Long.class, link, survey,
                    campaign, customer, PERIOD);
        }

        String path(FormInputs in) {
            return "/periods/" + PERIOD + "/customers/" + customer + "/responses/" + response
                    + (in.random.nextInt(3) == 0 ? "/restore" : "/exclude");
        }

        List<FormField> params(FormInputs in) {
            return in.fields(Map.of("reason", () -> in.random.nextBoolean()
                            ? in.enumValue("DUPLICATE", "WRONG_RESPONDENT", "TEST", "OTHER") : in.text(30),
                    "explanation", () -> in.text(2001)));
        }

        Object snapshot() {
            return List.of(jdbc.queryForList("SELECT COALESCE(excluded_reason, '-') || '|' || COALESCE(excluded_text, '-')"
                    + " FROM response WHERE id = ?", String.class, response), jdbc.queryForObject(
                    "SELECT COUNT(*) FROM response_exclusion WHERE response_id = ?", Long.class, response));
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            if (response.statusCode() != 302) {
                return Optional.of("answered " + response.statusCode() + " instead of going back to the customer");
            }
            Map<String, Object> row = jdbc.queryForMap("SELECT excluded_reason, excluded_text FROM response WHERE id = ?",
                    this.response);
            List<String> log = jdbc.queryForList("SELECT action FROM response_exclusion WHERE response_id = ? ORDER BY id",
                    String.class, this.response);
            String reason = (String) row.get("excluded_reason");
            String text = (String) row.get("excluded_text");
            boolean loggedExcluded = !log.isEmpty() && log.get(log.size() - 1).equals("EXCLUDED");
            if ((reason != null) != loggedExcluded) {
                return Optional.of("excluded " + reason + " but the log ends " + log);
            }
            if (reason != null && !List.of("DUPLICATE", "WRONG_RESPONDENT", "TEST", "OTHER").contains(reason)) {
                return Optional.of("stored reason code " + abbreviate(reason));
            }
            if ("OTHER".equals(reason) && text == null) {
                return Optional.of("OTHER stored without a text");
            }
            if (text != null && (text.isBlank() || !text.equals(text.strip()) || text.length() > 2000)) {
                return Optional.of("stored text \"" + abbreviate(text) + "\"");
            }
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- exports (issue 13)

    /**
     * The survey page's export form (GET, a half-year to choose): a half-year as written is a download (a CSV with its
     * BOM), anything else is the survey's page again with a message; nothing is stored either way.
     */
    private final class ResponsesExport extends Target {

        private final long survey;

        ResponsesExport(FormSession session) {
            super("responses export", session);
            Survey published = Survey.draftOf(SurveyTemplate.NPS_WITH_REASON.definition(), Instant.now());
            published.publish(Instant.now());
            survey = surveys.save(published).getId();
        }

        @Override
        boolean sentWithGet() {
            return true;
        }

        String path(FormInputs in) {
            return "/surveys/" + survey + "/responses.csv";
        }

        List<FormField> params(FormInputs in) {
            // a URL has a length limit of its own (Tomcat answers 400 before the application), so the text stays short
            return in.fields(Map.of("period", () -> switch (in.random.nextInt(4)) {
                case 0 -> "2046-H" + in.random.nextInt(4);
                case 1 -> in.random.nextInt(3100) + "-H1";
                default -> shortened(in.text(20));
            }));
        }

        private static String shortened(String text) {
            return text.length() <= 300 ? text : text.substring(0, 300);
        }

        Object snapshot() {
            return jdbc.queryForObject("SELECT COUNT(*) FROM response WHERE survey_id = ?", Long.class, survey);
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            if (response.statusCode() == 200 && !response.body().startsWith("\uFEFF")) {
                return Optional.of("a download without its BOM");
            }
            if (response.statusCode() == 302
                    && !response.headers().firstValue("Location").orElse("").endsWith("/surveys/" + survey)) {
                return Optional.of("sent to " + response.headers().firstValue("Location").orElse(""));
            }
            return unchanged(before, snapshot());
        }
    }

    // ---------------------------------------------------------------- half-year report (issue 13)

    /**
     * The report's conclusion (three free texts) and its sign-off, on a half-year that is never closed: every save is
     * one logged event, every text stored is stripped, not blank and within its column, a refused save stores nothing
     * and the sign-off of an open half-year is always refused.
     */
    private final class ReportConclusion extends Target {

        static final String PERIOD = "2096-H2";

        ReportConclusion(FormSession session) {
            super("half-year report conclusion", session);
        }

        String path(FormInputs in) {
            return "/periods/" + PERIOD + "/report" + (in.random.nextInt(5) == 0 ? "/sign-off" : "/conclusion");
        }

        List<FormField> params(FormInputs in) {
            return in.fields(Map.of("conclusion", () -> in.text(4001), "measures", () -> in.text(4001),
                    "nextTargets", () -> in.text(4001)));
        }

        Object snapshot() {
            return List.of(jdbc.queryForList("SELECT conclusion, measures, next_targets, signed_by FROM period_report"
                            + " WHERE period_id = ?", PERIOD),
                    jdbc.queryForObject("SELECT COUNT(*) FROM period_report_event WHERE period_id = ?", Long.class, PERIOD));
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            if (response.statusCode() == 200) {
                return unchanged(before, snapshot());
            }
            List<Map<String, Object>> rows = jdbc.queryForList("SELECT conclusion, measures, next_targets, signed_by"
                    + " FROM period_report WHERE period_id = ?", PERIOD);
            for (Map<String, Object> row : rows) {
                if (row.get("signed_by") != null) {
                    return Optional.of("an open half-year's report was signed off");
                }
                for (String column : List.of("conclusion", "measures", "next_targets")) {
                    String text = (String) row.get(column);
                    if (text != null && (text.isBlank() || !text.equals(text.strip()) || text.length() > 4000)) {
                        return Optional.of("stored " + column + " \"" + abbreviate(text) + "\"");
                    }
                }
            }
            long saves = jdbc.queryForObject("SELECT COUNT(*) FROM period_report_event WHERE period_id = ?"
                    + " AND kind = 'SAVED'", Long.class, PERIOD);
            return rows.isEmpty() == (saves == 0) ? Optional.empty()
                    : Optional.of(saves + " saves logged for " + rows.size() + " conclusions");
        }
    }

    // ---------------------------------------------------------------- surveys

    private final class SurveyCreation extends Target {

        SurveyCreation(FormSession session) {
            super("survey creation", session);
        }

        String path(FormInputs in) {
            return "/surveys/new";
        }

        List<FormField> params(FormInputs in) {
            return in.fields(Map.of("titleZh", () -> in.text(200), "titleEn", () -> in.text(200)));
        }

        Object snapshot() {
            return surveys.count();
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            Matcher created = SURVEY_EDITOR.matcher(location(response));
            if (response.statusCode() == 302 && created.matches()) {
                return problemsOfTitle(definitionOf(Long.parseLong(created.group(1))).title(), params, "titleZh", "titleEn");
            }
            return unchanged(before, snapshot());
        }
    }

    /** The register's create form: a stored customer must hold a valid code, a name, and a value within its column. */
    private final class CustomerCreation extends Target {

        CustomerCreation(FormSession session) {
            super("customer creation", session);
        }

        String path(FormInputs in) {
            return "/customers/new";
        }

        List<FormField> params(FormInputs in) {
            return in.fields(Map.of("code", () -> in.random.nextBoolean() ? "F" + in.random.nextInt(1_000_000) : in.text(41),
                    "name", () -> in.text(200), "region", () -> in.text(101), "industry", () -> in.text(101),
                    "valueTier", () -> in.text(31), "annualValue", in::number, "keyAccount", in::bool));
        }

        Object snapshot() {
            return customers.count();
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            Matcher created = CUSTOMER_PAGE.matcher(location(response));
            if (response.statusCode() == 302 && created.matches()) {
                return transaction.execute(status -> {
                    var customer = customers.findById(Long.parseLong(created.group(1))).orElseThrow();
                    if (!customer.getCode().matches("[A-Za-z0-9._-]{1,40}") || customer.getName().isBlank()
                            || customer.getName().length() > 200
                            || (customer.getAnnualValue() != null && customer.getAnnualValue().signum() < 0)) {
                        return Optional.of("stored the customer " + abbreviate(customer.getCode() + " / " + customer.getName()));
                    }
                    String typed = single(params, "code");
                    return typed != null && !customer.getCode().equals(typed.strip())
                            ? Optional.of("stored code " + abbreviate(customer.getCode()) + ", typed " + abbreviate(typed))
                            : Optional.<String>empty();
                });
            }
            return unchanged(before, snapshot());
        }
    }

    // ---------------------------------------------------------------- praise, claims, lost business (records)

    private static final Pattern RECORD_PAGE = Pattern.compile(".*/records/(praise|claims|lost-business)/(\\d+)");

    /** A customer of the records' forms, with a complaint of its own, and another customer with one too. */
    private final class RecordCustomers {

        final long customer = newCustomer();
        final long other = newCustomer();
        final long complaint = newComplaint(customer);
        final long othersComplaint = newComplaint(other);

        private long newCustomer() {
            return customers.save(new com.satisfaction.persistence.customer.Customer(
                    "FZR" + UUID.randomUUID().toString().substring(0, 8), "Fuzz records", Instant.now())).getId();
        }

        private long newComplaint(long customerId) {
            long responder = accounts.create(Role.QUALITY_MANAGER).getId();
            return jdbc.queryForObject("INSERT INTO complaint (customer_id, channel, category, severity, description, "
                    + "received_at, first_responder_id) VALUES (?, 'PHONE', 'QUALITY', 'HIGH', 'fuzz', CURRENT_TIMESTAMP, ?) "
                    + "RETURNING id", Long.class, customerId, responder);
        }

        String customerId(FormInputs in) {
            return switch (in.random.nextInt(6)) {
                case 0 -> String.valueOf(other);
                case 1 -> in.number();
                case 2 -> in.text(20);
                default -> String.valueOf(customer);
            };
        }

        String date(FormInputs in) {
            return switch (in.random.nextInt(8)) {
                case 0 -> in.number();
                case 1 -> in.text(12);
                case 2 -> List.of("2026-02-30", "1999-12-31", "2999-12-31", "0001-01-01", "2026-13-01", "9999-99-99",
                        LocalDate.now().plusDays(1).toString(), "2026-1-5", "２０２６-01-01").get(in.random.nextInt(9));
                default -> LocalDate.of(2000, 1, 1).plusDays(in.random.nextInt(9_000)).toString();
            };
        }

        String amount(FormInputs in) {
            return switch (in.random.nextInt(5)) {
                case 0 -> List.of("0.0001", "999999999999999.9999", "1000000000000000", "0.00001", "1e3", "1,000",
                        "-5", "12.3456", "007", "0.0000").get(in.random.nextInt(10));
                case 1, 2 -> in.number();
                case 3 -> in.text(30);
                default -> String.valueOf(1 + in.random.nextInt(1_000_000)) + (in.random.nextBoolean() ? "" : ".25");
            };
        }

        String currency(FormInputs in) {
            return in.enumValue("CNY", "USD", "EUR", "JPY", "XXX", "BTC", "cny");
        }

        /** A stored record's date must be a day from 2000 to today. */
        Optional<String> problemsOfDate(LocalDate date) {
            return date.getYear() < 2000 || date.isAfter(LocalDate.now())
                    ? Optional.of("stored the date " + date) : Optional.empty();
        }

        Optional<String> problemsOfText(String name, String text, int limit) {
            return text == null || text.isBlank() || text.length() > limit || !text.equals(text.strip())
                    ? Optional.of("stored " + name + " " + abbreviate(String.valueOf(text))) : Optional.empty();
        }

        Optional<String> problemsOfMoney(com.satisfaction.core.record.Money money) {
            return money.amount().signum() <= 0 || money.amount().compareTo(new BigDecimal("1E15")) >= 0
                    || Currencies.offered(money.currencyCode()).isEmpty()
                    ? Optional.of("stored the amount " + money) : Optional.empty();
        }

        /** The record saved, by the id the redirect names; empty when the response saved nothing. */
        Optional<Long> saved(HttpResponse<String> response, String kind) {
            Matcher page = RECORD_PAGE.matcher(location(response));
            return response.statusCode() == 302 && page.matches() && page.group(1).equals(kind)
                    ? Optional.of(Long.parseLong(page.group(2))) : Optional.empty();
        }
    }

    private final class PraiseCreation extends Target {

        private final RecordCustomers records = new RecordCustomers();

        PraiseCreation(FormSession session) {
            super("praise creation", session);
        }

        String path(FormInputs in) {
            return "/records/praise/new";
        }

        List<FormField> params(FormInputs in) {
            return in.fields(Map.of("customerId", () -> records.customerId(in), "praisedOn", () -> records.date(in),
                    "type", () -> in.enumValue("WRITTEN", "SPOKEN"), "praised", () -> in.text(200),
                    "text", () -> in.text(4000)));
        }

        Object snapshot() {
            return praise.count();
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            Optional<Long> saved = records.saved(response, "praise");
            if (saved.isEmpty()) {
                return unchanged(before, snapshot());
            }
            return transaction.execute(status -> {
                var stored = praise.findWithCustomer(saved.get()).orElseThrow();
                return records.problemsOfDate(stored.getPraisedOn())
                        .or(() -> records.problemsOfText("praised", stored.getPraised(), 200))
                        .or(() -> records.problemsOfText("text", stored.getText(), 4000))
                        .or(() -> String.valueOf(stored.getCustomer().getId()).equals(String.valueOf(single(params, "customerId")).strip())
                                ? Optional.empty() : Optional.of("stored customer " + stored.getCustomer().getId()));
            });
        }
    }

    private final class ClaimCreation extends Target {

        private final RecordCustomers records = new RecordCustomers();

        ClaimCreation(FormSession session) {
            super("claim creation", session);
        }

        String path(FormInputs in) {
            return "/records/claims/new";
        }

        List<FormField> params(FormInputs in) {
            return in.fields(Map.of("customerId", () -> records.customerId(in), "claimedOn", () -> records.date(in),
                    "amount", () -> records.amount(in), "currency", () -> records.currency(in),
                    "reason", () -> in.text(2000), "complaintId", () -> switch (in.random.nextInt(5)) {
                        case 0 -> String.valueOf(records.complaint);
                        case 1 -> String.valueOf(records.othersComplaint);
                        case 2 -> in.number();
                        default -> "";
                    }));
        }

        Object snapshot() {
            return claims.count();
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            Optional<Long> saved = records.saved(response, "claims");
            if (saved.isEmpty()) {
                return unchanged(before, snapshot());
            }
            return transaction.execute(status -> {
                var stored = claims.findWithCustomer(saved.get()).orElseThrow();
                String typed = single(params, "amount");
                return records.problemsOfDate(stored.getClaimedOn())
                        .or(() -> records.problemsOfMoney(stored.getAmount()))
                        .or(() -> typed != null && new BigDecimal(typed.strip()).compareTo(stored.getAmount().amount()) == 0
                                ? Optional.empty() : Optional.of("stored " + stored.getAmount() + ", typed " + abbreviate(String.valueOf(typed))))
                        .or(() -> records.problemsOfText("reason", stored.getReason(), 2000))
                        .or(() -> stored.getComplaintId() == null || stored.getCustomer().getId().equals(
                                jdbc.queryForObject("SELECT customer_id FROM complaint WHERE id = ?", Long.class,
                                        stored.getComplaintId())) ? Optional.empty()
                                : Optional.of("linked complaint " + stored.getComplaintId() + " of another customer to "
                                + "customer " + stored.getCustomer().getId()));
            });
        }
    }

    private final class LostBusinessCreation extends Target {

        private final RecordCustomers records = new RecordCustomers();

        LostBusinessCreation(FormSession session) {
            super("lost business creation", session);
        }

        String path(FormInputs in) {
            return "/records/lost-business/new";
        }

        List<FormField> params(FormInputs in) {
            return in.fields(Map.of("customerId", () -> records.customerId(in), "kind",
                    () -> in.enumValue("CUSTOMER", "PRODUCT_LINE"), "productLine", () -> in.text(200),
                    "lostOn", () -> records.date(in), "reason", () -> in.text(2000),
                    "estimatedValue", () -> in.random.nextBoolean() ? "" : records.amount(in),
                    "currency", () -> records.currency(in)));
        }

        Object snapshot() {
            return lostBusiness.count();
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            Optional<Long> saved = records.saved(response, "lost-business");
            if (saved.isEmpty()) {
                return unchanged(before, snapshot());
            }
            return transaction.execute(status -> {
                var stored = lostBusiness.findWithCustomer(saved.get()).orElseThrow();
                return records.problemsOfDate(stored.getLostOn())
                        .or(() -> records.problemsOfText("reason", stored.getReason(), 2000))
                        .or(() -> stored.getKind().needsProductLine()
                                ? records.problemsOfText("product line", stored.getProductLine(), 200)
                                : stored.getProductLine() == null ? Optional.empty()
                                : Optional.of("kept the line of a lost customer"))
                        .or(() -> stored.getEstimatedValue().flatMap(records::problemsOfMoney));
            });
        }
    }

    /**
     * The complaint record form: a stored complaint must belong to the customer chosen, name one of its contacts or
     * none, hold a description within its column as typed (stripped), and have been received by the time it was stored.
     */
    private final class ComplaintCreation extends Target {

        private final long customer;
        private final long contact;
        private final long otherContact;

        ComplaintCreation(FormSession session) {
            super("complaint creation", session);
            List<Long> ids = transaction.execute(status -> {
                Customer one = new Customer("FZ-" + System.nanoTime(), "Fuzz complaints " + System.nanoTime(), Instant.now());
                one.addContact("Fuzz", null, null, Language.ZH);
                Customer two = new Customer("FY-" + System.nanoTime(), "Fuzz other " + System.nanoTime(), Instant.now());
                two.addContact("Other", null, null, Language.ZH);
                customers.saveAndFlush(one);
                customers.saveAndFlush(two);
                return List.of(one.getId(), one.getContacts().get(0).getId(), two.getContacts().get(0).getId());
            });
            customer = ids.get(0);
            contact = ids.get(1);
            otherContact = ids.get(2);
        }

        String path(FormInputs in) {
            return "/complaints/new";
        }

        List<FormField> params(FormInputs in) {
            return in.fields(Map.of(
                    "customerId", () -> in.random.nextInt(4) > 0 ? Long.toString(customer) : in.number(),
                    "contactId", () -> switch (in.random.nextInt(4)) {
                        case 0 -> Long.toString(contact);
                        case 1 -> Long.toString(otherContact);
                        case 2 -> "";
                        default -> in.number();
                    },
                    "channel", () -> in.enumValue("PHONE", "EMAIL", "VISIT", "SURVEY", "OTHER"),
                    "category", () -> in.enumValue("QUALITY", "DELIVERY", "PACKAGING", "SERVICE", "PRICE", "OTHER"),
                    "severity", () -> in.enumValue("LOW", "MEDIUM", "HIGH", "CRITICAL"),
                    "description", () -> in.text(4000),
                    "receivedAt", () -> switch (in.random.nextInt(5)) {
                        case 0 -> "2026-01-05T10:00";
                        case 1 -> "2099-12-31T23:59";
                        case 2 -> "2026-02-30T10:00";
                        case 3 -> "1999-12-31T23:59";
                        default -> in.text(20);
                    },
                    "responseId", in::number,
                    "questionId", in::number));
        }

        Object snapshot() {
            return complaints.count();
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            Matcher created = COMPLAINT_PAGE.matcher(location(response));
            if (response.statusCode() == 302 && created.matches()) {
                return transaction.execute(status -> {
                    var complaint = complaints.findById(Long.parseLong(created.group(1))).orElseThrow();
                    String description = complaint.getDescription();
                    if (complaint.getCustomer().getId() != customer
                            || (complaint.getContact() != null && complaint.getContact().getId() != contact)
                            || description.isBlank() || description.length() > 4000
                            || complaint.getReceivedAt().isAfter(Instant.now())) {
                        return Optional.of("stored the complaint " + abbreviate(description) + " of customer "
                                + complaint.getCustomer().getId() + " received " + complaint.getReceivedAt());
                    }
                    String typed = single(params, "description");
                    return typed != null && !description.equals(typed.strip())
                            ? Optional.of("stored description " + abbreviate(description) + ", typed " + abbreviate(typed))
                            : Optional.<String>empty();
                });
            }
            return unchanged(before, snapshot());
        }
    }

    /**
     * Deliveries and returns (a lot, or a per-period total with {@code scope=PERIOD}): a stored row must belong to a
     * customer of the register, hold the lot or period typed, a whole quantity of 1 to 999,999,999,999, and for a
     * returned lot a defect reason.
     */
    private final class MovementCreation extends Target {

        private final long customer = customers.save(new com.satisfaction.persistence.customer.Customer("FZ" + Long.toString(System.nanoTime(), 36),
                "Fuzz deliveries", Instant.now())).getId();
        private final boolean total;

        MovementCreation(FormSession session, boolean total) {
            super(total ? "per-period total" : "delivery or return", session);
            this.total = total;
        }

        String path(FormInputs in) {
            return total ? "/deliveries/new?scope=PERIOD" : "/deliveries/new";
        }

        List<FormField> params(FormInputs in) {
            return in.fields(Map.of("kind", () -> in.enumValue("DELIVERY", "RETURN"),
                    "customerId", () -> in.random.nextInt(5) > 0 ? Long.toString(customer) : in.number(),
                    "lot", () -> in.random.nextBoolean() ? "LOT-" + in.random.nextInt(1_000_000) : in.text(60),
                    "day", () -> in.random.nextBoolean() ? "2026-0" + (1 + in.random.nextInt(9)) + "-" + (10 + in.random.nextInt(20)) : in.text(12),
                    "period", () -> in.random.nextBoolean() ? (2000 + in.random.nextInt(40)) + "-H" + (1 + in.random.nextInt(2)) : in.text(8),
                    "quantity", in::number, "defectReason", () -> in.text(200), "notes", () -> in.text(1000)));
        }

        Object snapshot() {
            return deliveries.count() + productReturns.count();
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            Matcher created = MOVEMENT_PAGE.matcher(location(response));
            if (response.statusCode() != 302 || !created.matches()) {
                return unchanged(before, snapshot());
            }
            return transaction.execute(status -> {
                long id = Long.parseLong(created.group(2));
                var row = created.group(1).equals("delivery") ? deliveries.findById(id).orElseThrow()
                        : productReturns.findById(id).orElseThrow();
                String reason = row instanceof ProductReturn r ? r.getDefectReason() : null;
                // a random number may name another existing customer: stored for the one typed is right too
                String typedCustomer = single(params, "customerId");
                boolean customerTyped = row.getCustomerId() == customer
                        || (typedCustomer != null && typedCustomer.strip().equals(String.valueOf(row.getCustomerId())));
                if (!customerTyped || row.getQuantity() < 1 || row.getQuantity() > 999_999_999_999L
                        || total != row.isPeriodTotal() || (!total && (row.getLot().isBlank() || row.getLot().length() > 60))
                        || (row instanceof ProductReturn && !total && (reason == null || reason.isBlank()))
                        || (reason != null && reason.length() > 200)
                        || (row.getNotes() != null && row.getNotes().length() > 1000)) {
                    return Optional.of("stored the row " + abbreviate(row.getLot() + " / " + row.getTotalPeriod() + " / "
                            + row.getQuantity() + " / " + reason));
                }
                String typed = single(params, total ? "period" : "lot");
                String stored = total ? row.getTotalPeriod().toString() : row.getLot();
                return typed != null && !stored.equals(typed.strip())
                        ? Optional.of("stored " + abbreviate(stored) + ", typed " + abbreviate(typed))
                        : Optional.<String>empty();
            });
        }
    }

    private final class Description extends Target {

        private final long draft = newDraft();

        Description(FormSession session) {
            super("title and intro", session);
        }

        String path(FormInputs in) {
            return "/surveys/" + draft + "/edit";
        }

        List<FormField> params(FormInputs in) {
            return in.fields(Map.of("titleZh", () -> in.text(200), "titleEn", () -> in.text(200),
                    "introZh", () -> in.text(4000), "introEn", () -> in.text(4000)));
        }

        Object snapshot() {
            return definitionOf(draft);
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            if (response.statusCode() != 302) {
                return unchanged(before, snapshot());
            }
            SurveyDefinition after = definitionOf(draft);
            return problemsOfTitle(after.title(), params, "titleZh", "titleEn")
                    .or(() -> after.intro().zh().length() > 4000 || after.intro().en().length() > 4000
                            ? Optional.of("intro stored longer than 4000") : Optional.empty());
        }
    }

    private final class SectionCreation extends Target {

        private long draft = newDraft();
        private int requests;

        SectionCreation(FormSession session) {
            super("section creation", session);
        }

        String path(FormInputs in) {
            return "/surveys/" + draft + "/sections";
        }

        List<FormField> params(FormInputs in) {
            return in.fields(Map.of("sectionTitleZh", () -> in.text(200), "sectionTitleEn", () -> in.text(200)));
        }

        Object snapshot() {
            return definitionOf(draft);
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            if (response.statusCode() != 302) {
                return unchanged(before, snapshot());
            }
            List<SectionDefinition> sections = definitionOf(draft).sections();
            if (sections.size() != ((SurveyDefinition) before).sections().size() + 1) {
                return Optional.of("redirected but " + sections.size() + " sections");
            }
            return problemsOfTitle(sections.get(sections.size() - 1).title(), params, "sectionTitleZh", "sectionTitleEn");
        }

        @Override
        void tidy() {
            if (++requests % 40 == 0) {
                draft = newDraft();
            }
        }
    }

    private final class SectionRename extends Target {

        private final long draft = newDraft();
        private final long section = transaction.execute(status ->
                surveys.findById(draft).orElseThrow().getSections().get(0).getId());

        SectionRename(FormSession session) {
            super("section rename", session);
        }

        String path(FormInputs in) {
            return "/surveys/" + draft + "/sections/" + section;
        }

        List<FormField> params(FormInputs in) {
            return in.fields(Map.of("sectionTitleZh", () -> in.text(200), "sectionTitleEn", () -> in.text(200)));
        }

        Object snapshot() {
            return definitionOf(draft);
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            if (response.statusCode() != 302) {
                return unchanged(before, snapshot());
            }
            return problemsOfTitle(definitionOf(draft).sections().get(0).title(), params, "sectionTitleZh", "sectionTitleEn");
        }
    }

    private final class QuestionCreation extends Target {

        private long draft;
        private long section;
        private int requests;

        QuestionCreation(FormSession session) {
            super("question creation", session);
            freshDraft();
        }

        private void freshDraft() {
            draft = newDraft();
            section = transaction.execute(status -> surveys.findById(draft).orElseThrow().getSections().get(0).getId());
        }

        String path(FormInputs in) {
            String type = in.enumValue("LIKERT5", "RATING", "CSAT", "NPS", "CES", "EXPECTATION_PAIR", "TEXT", "CHOICE");
            return "/surveys/" + draft + "/sections/" + section + "/questions/new"
                    + (type == null ? "" : "?type=" + URLEncoder.encode(type, StandardCharsets.UTF_8));
        }

        List<FormField> params(FormInputs in) {
            return in.questionFields();
        }

        Object snapshot() {
            return definitionOf(draft);
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            if (response.statusCode() != 302) {
                return unchanged(before, snapshot());
            }
            SurveyDefinition after = definitionOf(draft);
            if (after.questions().size() != ((SurveyDefinition) before).questions().size() + 1) {
                return Optional.of("redirected but " + after.questions().size() + " questions");
            }
            return invalidQuestion(after.questions());
        }

        @Override
        void tidy() {
            if (++requests % 30 == 0) {
                freshDraft();
            }
        }
    }

    private final class QuestionUpdate extends Target {

        private final long draft;
        private final List<Long> questions;

        QuestionUpdate(FormSession session) {
            super("question update", session);
            draft = surveys.save(Survey.draftOf(SurveyDefinition.of(text("改题", "Edit"), LocalizedText.EMPTY,
                    SectionDefinition.of(text("全部", "All"),
                            QuestionDefinition.likert5(text("交期", "Lead time")),
                            QuestionDefinition.rating(text("质量", "Quality"), Scale.ONE_TO_SEVEN, null, null),
                            QuestionDefinition.csat(text("满意", "Satisfied"), Scale.ONE_TO_FIVE, null, null),
                            QuestionDefinition.nps(text("推荐", "Recommend"), null, null),
                            QuestionDefinition.ces(text("容易", "Easy"), null, null),
                            QuestionDefinition.expectationPair(text("准时", "On time"), BigDecimal.ONE),
                            QuestionDefinition.text(text("建议", "Ideas")),
                            QuestionDefinition.singleChoice(text("渠道", "Channel"),
                                    List.of(text("电话", "Phone"), text("邮件", "E-mail"))))), Instant.now())).getId();
            questions = transaction.execute(status -> surveys.findById(draft).orElseThrow().questions().stream()
                    .map(Question::getId).toList());
        }

        String path(FormInputs in) {
            return "/surveys/" + draft + "/questions/" + questions.get(in.random.nextInt(questions.size()));
        }

        List<FormField> params(FormInputs in) {
            return in.questionFields();
        }

        Object snapshot() {
            return definitionOf(draft);
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            if (response.statusCode() != 302) {
                return unchanged(before, snapshot());
            }
            return invalidQuestion(definitionOf(draft).questions());
        }
    }

    private final class TestLinkCreation extends Target {

        private final long survey;

        TestLinkCreation(FormSession session) {
            super("test link", session);
            Survey published = Survey.draftOf(SurveyTemplate.NPS_WITH_REASON.definition(), Instant.now());
            published.publish(Instant.now());
            survey = surveys.save(published).getId();
        }

        String path(FormInputs in) {
            return "/surveys/" + survey + "/links";
        }

        List<FormField> params(FormInputs in) {
            return in.fields(Map.of("label", () -> in.text(200), "language", () -> in.enumValue("ZH", "EN")));
        }

        Object snapshot() {
            return recipients.findTestLinks(survey).size();
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            List<Recipient> links = recipients.findTestLinks(survey);
            if (links.size() == (int) before) {
                return Optional.empty();
            }
            if (links.size() != (int) before + 1) {
                return Optional.of(links.size() - (int) before + " links made");
            }
            String label = links.get(0).getLabel();
            if (label == null || label.isBlank() || !label.equals(label.strip()) || label.length() > 200) {
                return Optional.of("link stored with the label \"" + abbreviate(label) + "\"");
            }
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- users

    private final class UserCreation extends Target {

        UserCreation(FormSession session) {
            super("user creation", session);
        }

        String path(FormInputs in) {
            return "/admin/users/new";
        }

        List<FormField> params(FormInputs in) {
            List<FormField> params = in.fields(Map.of("username", in::username, "displayName", () -> in.text(120),
                    "enabled", in::bool, "password", in::password));
            params.addAll(in.roles());
            return params;
        }

        Object snapshot() {
            return users.count();
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            if (response.statusCode() != 302) {
                return unchanged(before, snapshot());
            }
            String username = single(params, "username");
            Optional<UserAccount> created = username == null ? Optional.empty() : users.findByUsername(username);
            if (created.isEmpty()) {
                return Optional.of("redirected, but no user " + abbreviate(username));
            }
            return problemsOfUser(created.get().getId(), params);
        }
    }

    private final class UserUpdate extends Target {

        private final long user = accounts.create(Role.QUALITY_MANAGER).getId();

        UserUpdate(FormSession session) {
            super("user update", session);
        }

        String path(FormInputs in) {
            return "/admin/users/" + user;
        }

        List<FormField> params(FormInputs in) {
            List<FormField> params = in.fields(Map.of("username", in::username, "displayName", () -> in.text(120),
                    "enabled", in::bool));
            params.addAll(in.roles());
            return params;
        }

        Object snapshot() {
            return transaction.execute(status -> {
                UserAccount account = users.findById(user).orElseThrow();
                return List.of(account.getDisplayName(), Set.copyOf(account.getRoles()), account.isEnabled());
            });
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            if (response.statusCode() != 302) {
                return unchanged(before, snapshot());
            }
            return problemsOfUser(user, params);
        }
    }

    private final class PasswordReset extends Target {

        private final long user = accounts.create(Role.EXECUTIVE).getId();

        PasswordReset(FormSession session) {
            super("password reset", session);
        }

        String path(FormInputs in) {
            return "/admin/users/" + user + "/password";
        }

        List<FormField> params(FormInputs in) {
            String password = in.password();
            return in.fields(Map.of("newPassword", () -> password,
                    "confirmPassword", () -> in.random.nextInt(3) > 0 ? password : in.password()));
        }

        Object snapshot() {
            return users.findById(user).orElseThrow().getPasswordHash();
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            if (response.statusCode() != 302) {
                return unchanged(before, snapshot());
            }
            return problemsOfNewPassword(user, params, before);
        }
    }

    private final class PasswordChange extends Target {

        private final long user;
        private String current = TestAccounts.PASSWORD;

        PasswordChange(FormSession session, long user) {
            super("own password", session);
            this.user = user;
        }

        String path(FormInputs in) {
            return "/account/password";
        }

        List<FormField> params(FormInputs in) {
            String password = in.password();
            return in.fields(Map.of("currentPassword", () -> in.random.nextBoolean() ? current : in.password(),
                    "newPassword", () -> password,
                    "confirmPassword", () -> in.random.nextInt(3) > 0 ? password : in.password()));
        }

        Object snapshot() {
            return users.findById(user).orElseThrow().getPasswordHash();
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            if (response.statusCode() != 302) {
                return unchanged(before, snapshot());
            }
            if (!current.equals(single(params, "currentPassword"))) {
                return Optional.of("password changed without the current password");
            }
            Optional<String> problem = problemsOfNewPassword(user, params, before);
            if (problem.isEmpty()) {
                current = single(params, "newPassword");
            }
            return problem;
        }
    }

    // ---------------------------------------------------------------- scoring policy (issue 12)

    /**
     * The scoring policy form: the FM40 values with one or two of them garbled, the version in force as the base
     * (now and then another), a reason. A save must store a new version whose text reads back as a valid policy, by
     * the administrator, with a reason; anything else stores nothing. A saved change is undone (FM40 again) so that
     * other tests of the run find the defaults.
     */
    private final class PolicyChange extends Target {

        private final Map<PolicyKey, String> fm40 = PolicyText.values(ScoringPolicy.fm40());

        PolicyChange(FormSession session) {
            super("policy change", session);
        }

        String path(FormInputs in) {
            return "/policy/edit";
        }

        List<FormField> params(FormInputs in) {
            Map<String, java.util.function.Supplier<String>> fields = new LinkedHashMap<>();
            List<PolicyKey> garbled = List.of(PolicyKey.values()[in.random.nextInt(PolicyKey.values().length)],
                    PolicyKey.values()[in.random.nextInt(PolicyKey.values().length)]);
            for (PolicyKey key : PolicyKey.values()) {
                String field = PolicyFixture.field(key);
                String value = fm40.get(key);
                fields.put(field, garbled.contains(key) ? () -> garble(in, value) : () -> value);
            }
            int inForce = policyVersions.findFirstByOrderByNumberDesc().orElseThrow().getNumber();
            fields.put("baseVersion", () -> in.random.nextInt(5) > 0 ? Integer.toString(inForce) : in.number());
            fields.put("reason", () -> in.random.nextInt(3) > 0 ? "fuzz " + in.text(60) : in.text(2000));
            if (in.random.nextInt(3) == 0) {
                List<FormField> all = new ArrayList<>();
                fields.forEach((name, value) -> all.add(new FormField(name, value.get())));
                return all;
            }
            return in.fields(fields);
        }

        private String garble(FormInputs in, String value) {
            return switch (in.random.nextInt(4)) {
                case 0 -> in.text(20);
                case 1 -> value + in.random.nextInt(10);
                default -> in.number();
            };
        }

        Object snapshot() {
            return policyVersions.count();
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            if (response.statusCode() != 302) {
                return unchanged(before, snapshot());
            }
            if (!location(response).endsWith("/policy")) {
                return Optional.of("redirected to " + location(response));
            }
            if (policyVersions.count() != (long) before + 1) {
                return Optional.of("redirected, but " + policyVersions.count() + " versions after " + before);
            }
            ScoringPolicyVersion saved = policyVersions.findFirstByOrderByNumberDesc().orElseThrow();
            if (!(PolicyText.read(saved.getPolicyText()) instanceof PolicyText.Read)) {
                return Optional.of("stored an unreadable policy " + abbreviate(saved.getPolicyText()));
            }
            if (saved.getReason().isBlank() || saved.getReason().length() > ScoringPolicyVersion.REASON_LENGTH
                    || !saved.getReason().equals(saved.getReason().strip())) {
                return Optional.of("stored the reason " + abbreviate(saved.getReason()));
            }
            return saved.getChanges() == null || saved.getChanges().isBlank()
                    ? Optional.of("stored a version that changes nothing") : Optional.empty();
        }

        @Override
        void tidy() {
            PolicyFixture.restoreFm40(policyVersions);
        }
    }

    // ---------------------------------------------------------------- improvement actions (issue 11)

    private final class ActionCreation extends Target {

        private final long owner;

        ActionCreation(FormSession session, long owner) {
            super("improvement action creation", session);
            this.owner = owner;
        }

        String path(FormInputs in) {
            return "/actions/new";
        }

        List<FormField> params(FormInputs in) {
            Map<String, java.util.function.Supplier<String>> fields = new LinkedHashMap<>();
            fields.put("title", () -> in.text(200));
            fields.put("description", () -> in.text(4000));
            fields.put("ownerDepartment", () -> in.text(100));
            fields.put("ownerId", () -> in.random.nextInt(3) > 0 ? String.valueOf(owner) : in.number());
            fields.put("dueDate", () -> in.random.nextInt(3) > 0 ? "2026-0" + (1 + in.random.nextInt(9)) + "-2"
                    + in.random.nextInt(10) : in.random.nextBoolean() ? in.text(10)
                    : List.of("2026-02-30", "1999-12-31", "2100-01-01", "0000-01-01", "9999-12-31", "2026-1-1",
                    "26-01-01", "2026-13-01").get(in.random.nextInt(8)));
            if (in.random.nextInt(6) == 0) {
                fields.put(List.of("complaintId", "responseId", "questionId").get(in.random.nextInt(3)), in::number);
            }
            return in.fields(fields);
        }

        Object snapshot() {
            return actions.count();
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            Matcher created = ACTION_PAGE.matcher(location(response));
            if (response.statusCode() == 302 && created.matches()) {
                return transaction.execute(status -> {
                    ImprovementAction action = actions.findById(Long.parseLong(created.group(1))).orElseThrow();
                    if (action.getTitle().isBlank() || action.getTitle().length() > 200
                            || action.getOwnerDepartment().isBlank() || action.getOwnerDepartment().length() > 100
                            || action.getOwner() == null || !action.getOwner().isEnabled()
                            || !action.getOwner().getId().toString().equals(String.valueOf(single(params, "ownerId")).strip())
                            || action.getDueDate().getYear() < 2000 || action.getDueDate().getYear() > 2099
                            || action.getStatus() != ActionStatus.OPEN || action.getEvents().size() != 1
                            || action.getSource() != com.satisfaction.core.action.ActionSource.MANUAL) {
                        return Optional.of("stored the action " + abbreviate(action.getTitle() + " / "
                                + action.getOwnerDepartment() + " / " + action.getDueDate() + " / " + action.getSource()));
                    }
                    String typed = single(params, "title");
                    return typed != null && !action.getTitle().equals(typed.strip())
                            ? Optional.of("stored title " + abbreviate(action.getTitle()) + ", typed " + abbreviate(typed))
                            : Optional.<String>empty();
                });
            }
            return unchanged(before, snapshot());
        }
    }

    /** Random steps on one action: each change must be one the lifecycle allows, with its history row. */
    private final class ActionStep extends Target {

        private final UserAccount creator;
        private long action;

        ActionStep(FormSession session, UserAccount creator) {
            super("improvement action step", session);
            this.creator = creator;
            freshAction();
        }

        private void freshAction() {
            action = transaction.execute(status -> {
                ImprovementAction created = ImprovementAction.manual(users.findById(creator.getId()).orElseThrow(),
                        Instant.now());
                created.describe("Fuzzed steps", null, "QA", null, java.time.LocalDate.of(2026, 6, 30));
                return actions.save(created).getId();
            });
        }

        String path(FormInputs in) {
            return "/actions/" + action + "/move";
        }

        List<FormField> params(FormInputs in) {
            String[] statuses = {"OPEN", "IN_PROGRESS", "DONE", "VERIFIED"};
            ActionStatus current = ((Snapshot) snapshot()).status();
            return in.fields(Map.of(
                    "from", () -> in.random.nextInt(4) > 0 ? current.name() : in.enumValue(statuses),
                    "to", () -> in.random.nextInt(3) > 0 && !current.reachable().isEmpty()
                            ? current.reachable().get(in.random.nextInt(current.reachable().size())).name()
                            : in.enumValue(statuses),
                    "text", () -> in.text(4000)));
        }

        private record Snapshot(ActionStatus status, int events, String result, String effectiveness) {
        }

        Object snapshot() {
            return transaction.execute(status -> {
                ImprovementAction found = actions.findById(action).orElseThrow();
                return new Snapshot(found.getStatus(), found.getEvents().size(), found.getResult(),
                        found.getEffectivenessNote());
            });
        }

        Optional<String> check(HttpResponse<String> response, List<FormField> params, Object before) {
            Snapshot was = (Snapshot) before;
            Snapshot now = (Snapshot) snapshot();
            if (now.status() == was.status()) {
                return now.events() == was.events() && Objects.equals(now.result(), was.result())
                        && Objects.equals(now.effectiveness(), was.effectiveness()) ? Optional.empty()
                        : Optional.of("status stayed " + was.status() + " but the action changed");
            }
            long texts = params.stream().filter(param -> param.name().equals("text")).count();
            // a field sent twice arrives as both values joined by a comma: never blank
            String text = texts > 1 ? "," : single(params, "text");
            if (response.statusCode() != 302 || now.events() != was.events() + 1
                    || !(ActionLifecycle.move(was.status(), now.status(), text) instanceof Transition.Allowed)) {
                return Optional.of("moved " + was.status() + " → " + now.status() + " with " + abbreviate(text));
            }
            return Optional.empty();
        }

        @Override
        void tidy() {
            if (((Snapshot) snapshot()).status() == ActionStatus.VERIFIED) {
                freshAction();
            }
        }
    }

    // ---------------------------------------------------------------- checks

    private Optional<String> unchanged(Object before, Object after) {
        return Objects.equals(before, after) ? Optional.empty()
                : Optional.of("refused, but stored: " + abbreviate(String.valueOf(after)));
    }

    /** A title stored must be there in both languages, stripped, within its column, and be what was typed. */
    private Optional<String> problemsOfTitle(LocalizedText title, List<FormField> params, String zhField, String enField) {
        for (var part : List.of(Map.entry(zhField, title.zh()), Map.entry(enField, title.en()))) {
            String stored = part.getValue();
            if (stored.isEmpty() || stored.length() > 200) {
                return Optional.of(part.getKey() + " stored as \"" + abbreviate(stored) + "\"");
            }
            String typed = single(params, part.getKey());
            if (typed != null && !stored.equals(typed.strip())) {
                return Optional.of(part.getKey() + " stored as \"" + abbreviate(stored) + "\", typed \"" + abbreviate(typed) + "\"");
            }
        }
        return Optional.empty();
    }

    private Optional<String> invalidQuestion(List<QuestionDefinition> questions) {
        return questions.stream().filter(question -> !question.problems().isEmpty()).findFirst()
                .map(question -> "stored a question with problems " + question.problems());
    }

    private Optional<String> problemsOfUser(long id, List<FormField> params) {
        return transaction.execute(status -> {
            UserAccount account = users.findById(id).orElseThrow();
            String name = account.getDisplayName();
            if (!USERNAME.matcher(account.getUsername()).matches()) {
                return Optional.of("stored the user name \"" + abbreviate(account.getUsername()) + "\"");
            }
            if (name.isBlank() || !name.equals(name.strip()) || name.length() > 120) {
                return Optional.of("stored the name \"" + abbreviate(name) + "\"");
            }
            if (account.getRoles().isEmpty()) {
                return Optional.of("stored a user without a role");
            }
            String enabled = single(params, "enabled");
            boolean ticked = enabled != null && TRUE.contains(enabled.strip().toLowerCase());
            return enabled != null && account.isEnabled() != ticked
                    ? Optional.of("stored enabled=" + account.isEnabled() + " for \"" + enabled + "\"")
                    : Optional.<String>empty();
        });
    }

    private Optional<String> problemsOfNewPassword(long user, List<FormField> params, Object before) {
        String hash = users.findById(user).orElseThrow().getPasswordHash();
        String password = single(params, "newPassword");
        if (hash.equals(before)) {
            return Optional.of("redirected, but the password is unchanged");
        }
        if (password == null || password.length() < 10 || !password.equals(single(params, "confirmPassword"))) {
            return Optional.of("stored a password that is too short or not confirmed");
        }
        return encoder.matches(password, hash) ? Optional.empty() : Optional.of("stored another password than typed");
    }

    // ---------------------------------------------------------------- data and helpers

    private long newDraft() {
        return surveys.save(Survey.draftOf(SurveyDefinition.of(text("模糊测试", "Fuzzing"), LocalizedText.EMPTY,
                SectionDefinition.of(text("第一部分", "Part one"), QuestionDefinition.likert5(text("交期", "Lead time")))),
                Instant.now())).getId();
    }

    private SurveyDefinition definitionOf(long id) {
        return transaction.execute(status -> surveys.findById(id).orElseThrow().toDefinition());
    }

    private FormSession session(String username, String password) {
        return new FormSession("http://localhost:" + port, username, password);
    }

    private static LocalizedText text(String zh, String en) {
        return LocalizedText.of(zh, en);
    }

    /**
     * The value of a field sent once, as the server reads it (a lone surrogate cannot be sent in UTF-8 and
     * arrives as "?"); null when it was left out or sent several times.
     */
    /** The one value of field {@code name} as the application receives it: without control characters. */
    private static String single(List<FormField> params, String name) {
        List<String> values = params.stream().filter(param -> param.name().equals(name)).map(FormField::value).toList();
        return values.size() == 1
                ? ControlCharacterFilter.strip(new String(values.get(0).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                : null;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String excerpt(String body, int at) {
        return abbreviate(body.substring(Math.max(0, at - 40), Math.min(body.length(), at + 80)));
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        String visible = text.codePoints().mapToObj(c -> Character.isISOControl(c) ? String.format("\\u%04x", c)
                : Character.toString(c)).collect(Collectors.joining());
        return visible.length() <= 120 ? visible : visible.substring(0, 100) + "…(" + text.length() + " chars)";
    }

    private static String show(List<FormField> params) {
        return params.stream().map(param -> param.name() + "=" + abbreviate(param.value()))
                .collect(Collectors.joining("&", "[", "]"));
    }

}
