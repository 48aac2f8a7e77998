package com.satisfaction.web.customer;

import com.satisfaction.persistence.audit.AuditActors;
import com.satisfaction.persistence.customer.Contact;
import com.satisfaction.persistence.customer.Customer;
import com.satisfaction.persistence.customer.CustomerImport;
import com.satisfaction.persistence.customer.CustomerImportRepository;
import com.satisfaction.persistence.customer.CustomerImportStatus;
import com.satisfaction.persistence.customer.CustomerRepository;
import com.satisfaction.persistence.customer.ImportProgress;
import com.satisfaction.web.customer.CustomerCsv.Parsed;
import com.satisfaction.web.customer.CustomerCsv.Problem;
import com.satisfaction.web.csv.CsvEncoding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Register imports: an upload is decoded, checked and stored (table {@code customer_import}); its preview says
 * what each row would do against the register as it is; a confirmation claims the upload once and imports it in
 * the background, customer by customer in batches of about {@value #BATCH} rows, each batch one transaction that
 * also records the progress. A row creates, updates or leaves unchanged; re-importing a file changes nothing.
 */
@Service
class CustomerImports implements DisposableBean {

    static final int BATCH = 500;
    static final int SHOWN_PER_OUTCOME = 100;

    private static final Logger log = LoggerFactory.getLogger(CustomerImports.class);

    enum RowOutcome { CREATE, UPDATE, UNCHANGED }

    sealed interface Upload permits Stored, Unreadable {
    }

    record Stored(long importId) implements Upload {
    }

    record Unreadable(String messageKey) implements Upload {
    }

    record PlannedRow(ImportRow row, RowOutcome outcome) {
    }

    /** What an upload would do (while it waits) and how far its import has come. */
    record ImportPage(ImportProgress progress, List<Problem> problems, Map<RowOutcome, Integer> counts,
                      Map<RowOutcome, List<PlannedRow>> shown) {

        public boolean waiting() {
            return progress.status() == CustomerImportStatus.UPLOADED;
        }

        public boolean running() {
            return progress.status() == CustomerImportStatus.RUNNING;
        }

        public boolean confirmable() {
            return waiting() && problems.isEmpty() && progress.totalRows() > 0;
        }

        public int percentDone() {
            return progress.totalRows() == 0 ? 100 : progress.rowsDone() * 100 / progress.totalRows();
        }
    }

    private final CustomerCsv csv;
    private final CustomerRepository customers;
    private final CustomerImportRepository imports;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "customer-import");
        thread.setDaemon(true);
        return thread;
    });

    CustomerImports(CustomerCsv csv, CustomerRepository customers, CustomerImportRepository imports,
                    TransactionTemplate transaction, Clock clock) {
        this.csv = csv;
        this.customers = customers;
        this.imports = imports;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Stores a readable file for its preview, bad rows and all; nothing of the register changes. */
    Upload upload(byte[] bytes, String fileName, String username) {
        if (bytes.length == 0) {
            return new Unreadable("customerCsv.empty");
        }
        Optional<CsvEncoding.Decoded> decoded = CsvEncoding.decode(bytes);
        if (decoded.isEmpty()) {
            return new Unreadable("customerCsv.encoding");
        }
        Parsed parsed = csv.parse(decoded.get().text());
        String name = fileName == null ? null : fileName.substring(0, Math.min(fileName.length(), 255));
        CustomerImport upload = new CustomerImport(username, clock.instant(), name, decoded.get().charset(),
                decoded.get().text().getBytes(StandardCharsets.UTF_8), parsed.rows().size());
        return new Stored(transaction.execute(status -> imports.save(upload).getId()));
    }

    /** The upload's page; while it waits, each row's outcome against the register, one batch per transaction. */
    Optional<ImportPage> page(long id) {
        Optional<ImportProgress> found = transaction.execute(status -> imports.progressOf(id));
        if (found.isEmpty() || found.get().status() != CustomerImportStatus.UPLOADED) {
            return found.map(progress -> new ImportPage(progress, List.of(), Map.of(), Map.of()));
        }
        Parsed parsed = transaction.execute(status -> parsedOf(id));
        Map<RowOutcome, Integer> counts = new EnumMap<>(RowOutcome.class);
        Map<RowOutcome, List<PlannedRow>> shown = new EnumMap<>(RowOutcome.class);
        for (RowOutcome outcome : RowOutcome.values()) {
            counts.put(outcome, 0);
            shown.put(outcome, new ArrayList<>());
        }
        for (List<ImportRow> batch : batches(parsed.rows())) {
            transaction.executeWithoutResult(status -> {
                Map<String, Customer> existing = existing(batch);
                for (ImportRow row : batch) {
                    RowOutcome outcome = outcome(row, existing.get(row.customer().code()));
                    counts.merge(outcome, 1, Integer::sum);
                    if (shown.get(outcome).size() < SHOWN_PER_OUTCOME) {
                        shown.get(outcome).add(new PlannedRow(row, outcome));
                    }
                }
            });
        }
        return Optional.of(new ImportPage(found.get(), parsed.problems(), counts, shown));
    }

    /** Starts the import of a waiting upload without bad rows; false when there is nothing to start. */
    boolean confirm(long id) {
        Optional<ImportPage> page = page(id);
        if (page.isEmpty() || !page.get().confirmable()) {
            return false;
        }
        Integer claimed = transaction.execute(status -> imports.start(id));
        if (claimed == null || claimed == 0) {
            return false;
        }
        String actor = AuditActors.current();
        background.execute(() -> AuditActors.runAs(actor, () -> run(id)));
        return true;
    }

    private void run(long id) {
        try {
            Parsed parsed = transaction.execute(status -> parsedOf(id));
            for (List<ImportRow> batch : batches(parsed.rows())) {
                transaction.executeWithoutResult(status -> apply(id, batch));
            }
            transaction.executeWithoutResult(status -> imports.finish(id, CustomerImportStatus.DONE, clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Customer import {} failed", id, e);
            transaction.executeWithoutResult(status -> imports.finish(id, CustomerImportStatus.FAILED, clock.instant()));
        }
    }

    /** One batch in one transaction: every row's outcome is decided against the register before any row changes it. */
    private void apply(long id, List<ImportRow> batch) {
        Map<String, Customer> existing = existing(batch);
        Map<RowOutcome, Integer> counts = new EnumMap<>(RowOutcome.class);
        List<RowOutcome> outcomes = batch.stream().map(row -> outcome(row, existing.get(row.customer().code()))).toList();
        List<Customer> created = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            ImportRow row = batch.get(i);
            counts.merge(outcomes.get(i), 1, Integer::sum);
            if (outcomes.get(i) == RowOutcome.UNCHANGED) {
                continue;
            }
            Customer customer = existing.get(row.customer().code());
            if (customer == null) {
                customer = new Customer(row.customer().code(), row.customer().name(), clock.instant());
                existing.put(customer.getCode(), customer);
                created.add(customer);
            }
            row.customer().applyTo(customer);
            if (row.contact() != null) {
                var data = row.contact();
                Optional<Contact> contact = contactOf(customer, row);
                if (contact.isPresent()) {
                    contact.get().describe(data.name(), data.email(), data.phone(), data.language());
                } else {
                    customer.addContact(data.name(), data.email(), data.phone(), data.language());
                }
            }
        }
        customers.saveAll(created);
        customers.flush();
        imports.advance(id, batch.size(), counts.getOrDefault(RowOutcome.CREATE, 0),
                counts.getOrDefault(RowOutcome.UPDATE, 0), counts.getOrDefault(RowOutcome.UNCHANGED, 0));
    }

    static RowOutcome outcome(ImportRow row, Customer existing) {
        if (existing == null) {
            return RowOutcome.CREATE;
        }
        Optional<Contact> contact = contactOf(existing, row);
        if (row.contact() != null && contact.isEmpty()) {
            return RowOutcome.CREATE;
        }
        boolean changed = !row.customer().sameAs(existing) || contact.filter(c -> !row.contact().sameAs(c)).isPresent();
        return changed ? RowOutcome.UPDATE : RowOutcome.UNCHANGED;
    }

    private static Optional<Contact> contactOf(Customer customer, ImportRow row) {
        return row.contact() == null ? Optional.empty()
                : customer.getContacts().stream().filter(row.contact()::matches).findFirst();
    }

    private Map<String, Customer> existing(List<ImportRow> batch) {
        Map<String, Customer> byCode = new HashMap<>();
        customers.findByCodeIn(batch.stream().map(row -> row.customer().code()).distinct().toList())
                .forEach(customer -> byCode.put(customer.getCode(), customer));
        return byCode;
    }

    private Parsed parsedOf(long id) {
        return csv.parse(new String(imports.contentOf(id).orElseThrow(), StandardCharsets.UTF_8));
    }

    /** The rows in batches of whole customers, each batch at least {@value #BATCH} rows but the last. */
    static List<List<ImportRow>> batches(List<ImportRow> rows) {
        Map<String, List<ImportRow>> byCustomer = new LinkedHashMap<>();
        rows.forEach(row -> byCustomer.computeIfAbsent(row.customer().code(), code -> new ArrayList<>()).add(row));
        List<List<ImportRow>> batches = new ArrayList<>();
        List<ImportRow> batch = new ArrayList<>();
        for (List<ImportRow> customer : byCustomer.values()) {
            batch.addAll(customer);
            if (batch.size() >= BATCH) {
                batches.add(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
