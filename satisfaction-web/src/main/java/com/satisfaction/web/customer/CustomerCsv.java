package com.satisfaction.web.customer;

import com.satisfaction.core.export.SpreadsheetText;
import com.satisfaction.core.survey.Language;
import com.satisfaction.web.csv.CsvEncoding;
import com.satisfaction.web.customer.ImportRow.ContactData;
import com.satisfaction.web.customer.ImportRow.CustomerData;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes the register's CSV file (Commons CSV, one row per contact). Reading takes the text as
 * {@link CsvEncoding} decoded it (UTF-8 with or without BOM, GBK/GB18030), checks each row
 * with the forms' own rules and reports every bad row with its line and reason. Writing neutralises cells a
 * spreadsheet would run as a formula; reading undoes exactly that, so a file round-trips unchanged.
 */
@Component
class CustomerCsv {

    static final int MAX_ROWS = 20_000;
    static final String BOM = CsvEncoding.BOM;
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private static final Set<String> YES = Set.of("是", "yes", "y", "1", "true");
    private static final Set<String> NO = Set.of("否", "no", "n", "0", "false");

    /** A problem of the file or of one of its lines ({@code line} 0: the file); the column may be null. */
    record Problem(int line, CsvColumn column, String messageKey, List<Object> args) {

        static Problem of(int line, CsvColumn column, String messageKey, Object... args) {
            return new Problem(line, column, messageKey, List.of(args));
        }
    }

    /** The valid rows and every problem, in line order. */
    record Parsed(List<ImportRow> rows, List<Problem> problems) {

        boolean readable() {
            return problems.isEmpty();
        }
    }

    private final Validator validator;

    CustomerCsv(Validator validator) {
        this.validator = validator;
    }

    /** Every row of the file checked: the valid ones, and each bad one with its line and reason. */
    Parsed parse(String text) {
        List<ImportRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text.startsWith(BOM) ? text.substring(1) : text, FORMAT)) {
            Map<CsvColumn, Integer> columns = null;
            Map<String, ImportRow> firstOfCustomer = new HashMap<>();
            Map<String, Integer> contactLines = new HashMap<>();
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (columns == null) {
                    columns = header(record, problems);
                    if (columns == null) {
                        return new Parsed(List.of(), problems);
                    }
                    continue;
                }
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(Problem.of(0, null, "customerCsv.tooManyRows", MAX_ROWS));
                    break;
                }
                Map<CsvColumn, String> cells = cells(record, columns);
                if (cells.values().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                row(line, cells, problems).ifPresent(row -> {
                    ImportRow first = firstOfCustomer.putIfAbsent(row.customer().code(), row);
                    if (first != null && !first.customer().sameAs(row.customer())) {
                        problems.add(Problem.of(line, null, "customerCsv.customerDiffers", first.line()));
                        return;
                    }
                    if (row.contact() != null) {
                        Integer earlier = contactLines.putIfAbsent(row.customer().code() + "\n" + row.contact().key(), line);
                        if (earlier != null) {
                            problems.add(Problem.of(line, CsvColumn.CONTACT_EMAIL, "customerCsv.duplicateContact", earlier));
                            return;
                        }
                    }
                    rows.add(row);
                });
            }
            if (columns == null) {
                problems.add(Problem.of(0, null, "customerCsv.empty"));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(Problem.of(0, null, "customerCsv.malformed"));
        }
        problems.sort(Comparator.comparingInt(Problem::line));
        return new Parsed(rows, problems);
    }

    private static Map<CsvColumn, Integer> header(CSVRecord record, List<Problem> problems) {
        Map<CsvColumn, Integer> columns = new EnumMap<>(CsvColumn.class);
        for (int i = 0; i < record.size(); i++) {
            int index = i;
            CsvColumn.ofHeader(record.get(i)).ifPresent(column -> columns.putIfAbsent(column, index));
        }
        List<CsvColumn> missing = java.util.Arrays.stream(CsvColumn.values()).filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            missing.forEach(column -> problems.add(Problem.of(1, column, "customerCsv.missingColumn")));
            return null;
        }
        return columns;
    }

    private static Map<CsvColumn, String> cells(CSVRecord record, Map<CsvColumn, Integer> columns) {
        Map<CsvColumn, String> cells = new EnumMap<>(CsvColumn.class);
        columns.forEach((column, index) -> cells.put(column, index < record.size() ? cell(record.get(index)) : ""));
        return cells;
    }

    /** A cell as written: the neutralising quote of {@link SpreadsheetText} taken off, control characters removed. */
    static String cell(String raw) {
        return CsvEncoding.clean(SpreadsheetText.restore(raw));
    }

    private Optional<ImportRow> row(int line, Map<CsvColumn, String> cells, List<Problem> problems) {
        int before = problems.size();
        CustomerForm customer = new CustomerForm(cells.get(CsvColumn.CODE), cells.get(CsvColumn.NAME),
                cells.get(CsvColumn.REGION), cells.get(CsvColumn.INDUSTRY), cells.get(CsvColumn.VALUE_TIER),
                cells.get(CsvColumn.ANNUAL_VALUE), null);
        check(line, customer, problems);
        Boolean keyAccount = yesNo(line, CsvColumn.KEY_ACCOUNT, cells.get(CsvColumn.KEY_ACCOUNT), false, problems);
        Boolean active = yesNo(line, CsvColumn.ACTIVE, cells.get(CsvColumn.ACTIVE), true, problems);
        ContactForm contact = null;
        boolean hasContact = !(cells.get(CsvColumn.CONTACT_NAME).isEmpty() && cells.get(CsvColumn.CONTACT_EMAIL).isEmpty()
                && cells.get(CsvColumn.CONTACT_PHONE).isEmpty());
        if (hasContact) {
            contact = new ContactForm(cells.get(CsvColumn.CONTACT_NAME), cells.get(CsvColumn.CONTACT_EMAIL),
                    cells.get(CsvColumn.CONTACT_PHONE), language(line, cells.get(CsvColumn.CONTACT_LANGUAGE), problems));
            check(line, contact, problems);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ImportRow(line,
                new CustomerData(customer.code(), customer.name(), CustomerRegister.blankToNull(customer.region()),
                        CustomerRegister.blankToNull(customer.industry()),
                        CustomerRegister.blankToNull(customer.valueTier()),
                        customer.annualValue().isEmpty() ? null : new BigDecimal(customer.annualValue()),
                        keyAccount, active),
                contact == null ? null : new ContactData(contact.name(), CustomerRegister.blankToNull(contact.email()),
                        CustomerRegister.blankToNull(contact.phone()), contact.language())));
    }

    private <T> void check(int line, T form, List<Problem> problems) {
        validator.validate(form).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(Problem.of(line, columnOf(form, v), messageKeyOf(v))));
    }

    private static CsvColumn columnOf(Object form, ConstraintViolation<?> violation) {
        String field = violation.getPropertyPath().toString();
        if (form instanceof ContactForm) {
            return switch (field) {
                case "email" -> CsvColumn.CONTACT_EMAIL;
                case "phone" -> CsvColumn.CONTACT_PHONE;
                case "language" -> CsvColumn.CONTACT_LANGUAGE;
                default -> CsvColumn.CONTACT_NAME;
            };
        }
        return switch (field) {
            case "code" -> CsvColumn.CODE;
            case "region" -> CsvColumn.REGION;
            case "industry" -> CsvColumn.INDUSTRY;
            case "valueTier" -> CsvColumn.VALUE_TIER;
            case "annualValue" -> CsvColumn.ANNUAL_VALUE;
            default -> CsvColumn.NAME;
        };
    }

    private static String messageKeyOf(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
    }

    private static Boolean yesNo(int line, CsvColumn column, String value, boolean blank, List<Problem> problems) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return blank;
        }
        if (YES.contains(v) || NO.contains(v)) {
            return YES.contains(v);
        }
        problems.add(Problem.of(line, column, "customerCsv.yesNo"));
        return null;
    }

    private static Language language(int line, String value, List<Problem> problems) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.isEmpty() || v.equals("zh") || v.equals("zh-cn") || v.equals("中文") || v.equals("chinese")) {
            return Language.ZH;
        }
        if (v.equals("en") || v.startsWith("en-") || v.equals("英文") || v.equals("english")) {
            return Language.EN;
        }
        problems.add(Problem.of(line, CsvColumn.CONTACT_LANGUAGE, "customerCsv.language"));
        return Language.ZH;
    }

    // writing ----------------------------------------------------------------------------------------------

    /** A printer that writes the BOM and the header in the page's language. */
    static CSVPrinter printer(Appendable out, Locale locale) throws IOException {
        out.append(BOM);
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        for (CsvColumn column : CsvColumn.values()) {
            printer.print(column.header(locale));
        }
        printer.println();
        return printer;
    }

    static String yesNo(boolean value, Locale locale) {
        return "en".equals(locale.getLanguage()) ? (value ? "yes" : "no") : (value ? "是" : "否");
    }
}
