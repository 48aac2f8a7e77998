package com.satisfaction.web.customer;

import com.satisfaction.core.export.SpreadsheetText;
import com.satisfaction.persistence.customer.CustomerExportLine;
import com.satisfaction.persistence.customer.CustomerRepository;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes the register as CSV in the import's columns, one row per contact, {@value #SLICE} customers at a time:
 * each slice is read in a short transaction and written out before the next is read, so neither the file nor
 * the register is ever held in memory and no connection waits on a slow download.
 */
@Component
class CustomerExport {

    static final int SLICE = 500;

    private final CustomerRepository customers;
    private final TransactionTemplate transaction;

    CustomerExport(CustomerRepository customers, TransactionTemplate transaction) {
        this.customers = customers;
        this.transaction = transaction;
    }

    void writeRegister(Writer out, Locale locale) throws IOException {
        CSVPrinter printer = CustomerCsv.printer(out, locale);
        long after = 0;
        while (true) {
            long from = after;
            List<CustomerExportLine> lines = transaction.execute(status -> {
                List<Long> ids = customers.idsAfter(from, Limit.of(SLICE));
                return ids.isEmpty() ? List.<CustomerExportLine>of() : customers.exportLines(ids);
            });
            if (lines.isEmpty()) {
                break;
            }
            for (CustomerExportLine line : lines) {
                printer.printRecord(SpreadsheetText.neutralise(line.code()), SpreadsheetText.neutralise(line.name()),
                        SpreadsheetText.neutralise(line.region()), SpreadsheetText.neutralise(line.industry()),
                        SpreadsheetText.neutralise(line.valueTier()),
                        line.annualValue() == null ? "" : line.annualValue().toPlainString(),
                        CustomerCsv.yesNo(line.keyAccount(), locale), CustomerCsv.yesNo(line.active(), locale),
                        SpreadsheetText.neutralise(line.contactName()), SpreadsheetText.neutralise(line.contactEmail()),
                        SpreadsheetText.neutralise(line.contactPhone()),
                        line.contactLanguage() == null ? "" : line.contactLanguage());
            }
            printer.flush();
            after = lines.get(lines.size() - 1).customerId();
        }
        printer.flush();
    }

    /** The import template: the header row alone. */
    static void writeTemplate(Writer out, Locale locale) throws IOException {
        CustomerCsv.printer(out, locale).flush();
    }
}
