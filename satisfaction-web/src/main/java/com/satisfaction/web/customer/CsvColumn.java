package com.satisfaction.web.customer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the register's CSV file, one row per contact, in the order the template and the export write
 * them. A header is recognised in Chinese or English, whatever its case, spaces or dashes.
 */
enum CsvColumn {
    CODE("客户编码", "Customer code", "code"),
    NAME("客户名称", "Customer name", "name"),
    REGION("地区", "Region"),
    INDUSTRY("行业", "Industry"),
    VALUE_TIER("价值等级", "Value tier", "tier"),
    ANNUAL_VALUE("年度价值", "Annual value"),
    KEY_ACCOUNT("大客户", "Key account"),
    ACTIVE("有效", "Active"),
    CONTACT_NAME("联系人", "Contact name", "contact"),
    CONTACT_EMAIL("电子邮件", "Contact e-mail", "email", "e-mail", "邮箱"),
    CONTACT_PHONE("电话", "Contact phone", "phone"),
    CONTACT_LANGUAGE("语言", "Contact language", "language");

    private final String chinese;
    private final String english;
    private final List<String> aliases;

    CsvColumn(String chinese, String english, String... aliases) {
        this.chinese = chinese;
        this.english = english;
        this.aliases = Arrays.stream(aliases).map(CsvColumn::normalise).toList();
    }

    /** The header as written for a page in this language. */
    String header(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : chinese;
    }

    /** The message key naming the column on the pages. */
    public String messageKey() {
        return "customerCsv.column." + name();
    }

    static Optional<CsvColumn> ofHeader(String header) {
        String wanted = normalise(header);
        return Arrays.stream(values()).filter(column -> normalise(column.chinese).equals(wanted)
                || normalise(column.english).equals(wanted) || column.aliases.contains(wanted)).findFirst();
    }

    private static String normalise(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }
}
