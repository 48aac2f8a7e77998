package com.satisfaction.web.delivery;

import com.satisfaction.core.delivery.DeliveryLine;
import com.satisfaction.core.delivery.DeliveryRules;
import com.satisfaction.core.delivery.DeliveryRules.Invalid;
import com.satisfaction.core.delivery.DeliveryRules.Valid;
import com.satisfaction.core.delivery.LineProblem;
import com.satisfaction.core.delivery.MovementKind;
import com.satisfaction.persistence.audit.AuditActors;
import com.satisfaction.persistence.delivery.DeliveryImport;
import com.satisfaction.persistence.delivery.DeliveryImportProgress;
import com.satisfaction.persistence.delivery.DeliveryImportRepository;
import com.satisfaction.persistence.delivery.DeliveryImportStatus;
import com.satisfaction.persistence.delivery.DeliveryRepository;
import com.satisfaction.persistence.delivery.LotKey;
import com.satisfaction.persistence.delivery.LotWrite;
import com.satisfaction.persistence.delivery.PeriodTotalKey;
import com.satisfaction.persistence.delivery.StoredLot;
import com.satisfaction.web.csv.CsvEncoding;
import com.satisfaction.web.delivery.DeliveryCsv.Column;
import com.satisfaction.web.delivery.DeliveryCsv.Problem;
import com.satisfaction.web.delivery.DeliveryCsv.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * ERP imports of deliveries and returns, modelled on the register's: an upload is decoded and stored (table
 * {@code delivery_import}); its preview reads it in batches of {@value #BATCH} rows and says what each row would do
 * against the stored rows — create, update (another quantity, or another date for a delivered lot) or leave unchanged
 * — and which rows are bad and why; a confirmation claims the upload once and imports it in the background, each batch
 * one transaction that writes its new and changed rows with JDBC batches and records the progress. Rows are keyed on
 * the lot ({@code DeliveryLine}), so importing the same file twice changes nothing.
 */
@Service
class DeliveryImports implements DisposableBean {

    static final int BATCH = 1_000;
    static final int SHOWN_PER_OUTCOME = 100;
    static final int SHOWN_PROBLEMS = 200;

    private static final Logger log = LoggerFactory.getLogger(DeliveryImports.class);

    enum RowOutcome { CREATE, UPDATE, UNCHANGED }

    sealed interface Upload permits Stored, Unreadable {
    }

    record Stored(long importId) implements Upload {
    }

    record Unreadable(String messageKey) implements Upload {
    }

    /** A good row and what it would do; {@code before} is the stored row it changes or repeats. */
    record PlannedRow(int line, DeliveryLine row, RowOutcome outcome, StoredLot before) {
    }

    /** What an upload would do (while it waits) and how far its import has come. */
    record ImportPage(DeliveryImportProgress progress, List<Problem> problems, int problemCount,
                      Map<RowOutcome, Integer> counts, Map<RowOutcome, List<PlannedRow>> shown) {

        public boolean waiting() {
            return progress.status() == DeliveryImportStatus.UPLOADED;
        }

        public boolean running() {
            return progress.status() == DeliveryImportStatus.RUNNING;
        }

        public boolean confirmable() {
            return waiting() && problemCount == 0 && progress.totalRows() > 0;
        }

        public int percentDone() {
            return progress.totalRows() == 0 ? 100 : (int) (progress.rowsDone() * 100L / progress.totalRows());
        }
    }

    /** One row of a batch checked against the stored rows: its outcome, or its problems. */
    private record Assessed(Row row, DeliveryLine line, long customerId, RowOutcome outcome, StoredLot stored,
                            List<Problem> problems) {
    }

    private final DeliveryRepository movements;
    private final DeliveryImportRepository imports;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "delivery-import");
        thread.setDaemon(true);
        return thread;
    });

    DeliveryImports(DeliveryRepository movements, DeliveryImportRepository imports, TransactionTemplate transaction,
                    Clock clock) {
        this.movements = movements;
        this.imports = imports;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Stores a readable file for its preview, bad rows and all; no delivery or return changes. */
    Upload upload(byte[] bytes, String fileName, String username) {
        if (bytes.length == 0) {
            return new Unreadable("deliveries.csv.empty");
        }
        Optional<CsvEncoding.Decoded> decoded = CsvEncoding.decode(bytes);
        if (decoded.isEmpty()) {
            return new Unreadable("deliveries.csv.encoding");
        }
        String text = decoded.get().text();
        String name = fileName == null ? null : CsvEncoding.clean(fileName.substring(0, Math.min(fileName.length(), 255)));
        DeliveryImport upload = new DeliveryImport(username, clock.instant(), name, decoded.get().charset(),
                text.getBytes(StandardCharsets.UTF_8), DeliveryCsv.countRows(text));
        return new Stored(transaction.execute(status -> imports.save(upload).getId()));
    }

    /** The upload's page; while it waits, each row's outcome against the stored rows, one batch per transaction. */
    Optional<ImportPage> page(long id) {
        Optional<DeliveryImportProgress> found = transaction.execute(status -> imports.progressOf(id));
        if (found.isEmpty() || found.get().status() != DeliveryImportStatus.UPLOADED) {
            return found.map(progress -> new ImportPage(progress, List.of(), 0, Map.of(), Map.of()));
        }
        Map<RowOutcome, Integer> counts = new EnumMap<>(RowOutcome.class);
        Map<RowOutcome, List<PlannedRow>> shown = new EnumMap<>(RowOutcome.class);
        for (RowOutcome outcome : RowOutcome.values()) {
            counts.put(outcome, 0);
            shown.put(outcome, new ArrayList<>());
        }
        List<Problem> problems = new ArrayList<>();
        int[] problemCount = {0};
        KeyLines keys = new KeyLines();
        List<Problem> fileProblems = DeliveryCsv.read(textOf(id), BATCH, batch -> transaction.executeWithoutResult(status -> {
            for (Assessed assessed : assess(batch, keys)) {
                if (!assessed.problems().isEmpty()) {
                    problemCount[0] += assessed.problems().size();
                    assessed.problems().stream().limit(Math.max(0, SHOWN_PROBLEMS - problems.size())).forEach(problems::add);
                    continue;
                }
                counts.merge(assessed.outcome(), 1, Integer::sum);
                if (shown.get(assessed.outcome()).size() < SHOWN_PER_OUTCOME) {
                    shown.get(assessed.outcome()).add(new PlannedRow(assessed.row().line(), assessed.line(),
                            assessed.outcome(), assessed.stored()));
                }
            }
        }));
        problems.addAll(0, fileProblems);
        int allProblems = problemCount[0] + fileProblems.size();
        transaction.executeWithoutResult(status -> imports.previewed(id, allProblems));
        return Optional.of(new ImportPage(found.get(), problems, allProblems, counts, shown));
    }

    /**
     * Starts the import of a waiting upload whose latest preview found no bad row; false when there is nothing to
     * start. Problems of the file itself, of its rows and unknown customers cannot appear after a clean preview
     * (customers are never deleted and keep their codes); a per-period total typed meanwhile makes its rows skipped.
     */
    boolean confirm(long id) {
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
            KeyLines keys = new KeyLines();
            DeliveryCsv.read(textOf(id), BATCH, batch -> {
                try {
                    transaction.executeWithoutResult(status -> apply(id, batch, keys));
                } catch (DataIntegrityViolationException raced) {
                    // a lot typed by hand between this batch's reading and its writing: read the batch again, once
                    log.info("Delivery import {}: a batch met a row stored meanwhile; trying it again", id);
                    transaction.executeWithoutResult(status -> apply(id, batch, keys));
                }
            });
            transaction.executeWithoutResult(status -> imports.finish(id, DeliveryImportStatus.DONE, clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Delivery import {} failed", id, e);
            transaction.executeWithoutResult(status -> imports.finish(id, DeliveryImportStatus.FAILED, clock.instant()));
        }
    }

    /** One batch in one transaction: new rows inserted, changed ones updated, rows that turned bad skipped. */
    private void apply(long id, List<Row> batch, KeyLines keys) {
        Map<RowOutcome, Integer> counts = new EnumMap<>(RowOutcome.class);
        int skipped = 0;
        List<LotWrite> writes = new ArrayList<>();
        for (Assessed assessed : assess(batch, keys)) {
            if (!assessed.problems().isEmpty()) {
                skipped++;
                continue;
            }
            counts.merge(assessed.outcome(), 1, Integer::sum);
            if (assessed.outcome() != RowOutcome.UNCHANGED) {
                writes.add(new LotWrite(assessed.stored() == null ? null : assessed.stored().id(), assessed.customerId(),
                        assessed.line()));
            }
        }
        movements.write(writes, clock.instant());
        imports.advance(id, batch.size(), counts.getOrDefault(RowOutcome.CREATE, 0),
                counts.getOrDefault(RowOutcome.UPDATE, 0), counts.getOrDefault(RowOutcome.UNCHANGED, 0), skipped);
    }

    /** Each row of the batch checked (core rules, known customer, once in the file, no per-period total) and compared. */
    private List<Assessed> assess(List<Row> batch, KeyLines keys) {
        List<DeliveryRules.Checked> checked = batch.stream().map(row -> DeliveryRules.check(row.raw())).toList();
        List<DeliveryLine> lines = checked.stream().map(c -> c instanceof Valid valid ? valid.line() : null).toList();
        Map<String, Long> customerIds = movements.customerIdsByCode(
                lines.stream().filter(line -> line != null).map(DeliveryLine::customerCode).distinct().toList());
        Map<String, StoredLot> stored = new HashMap<>();
        movements.lotsOf(lines.stream().filter(line -> line != null && customerIds.containsKey(line.customerCode()))
                        .map(line -> new LotKey(customerIds.get(line.customerCode()), line.lot())).toList())
                .forEach(lot -> stored.put(storedKey(lot.kind(), lot.customerId(), lot.lot(), lot.day().toString(), lot.defectReason()), lot));
        Set<PeriodTotalKey> totals = movements.periodTotalsOf(customerIds.values());

        List<Assessed> assessed = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Row row = batch.get(i);
            DeliveryLine line = lines.get(i);
            if (line == null) {
                Invalid invalid = (Invalid) checked.get(i);
                assessed.add(new Assessed(row, null, 0, null, null, invalid.problems().stream()
                        .map(problem -> problemOf(row.line(), problem)).toList()));
                continue;
            }
            List<Problem> problems = new ArrayList<>();
            int earlier = keys.firstLineOf(fileKey(line), row.line());
            if (earlier > 0) {
                problems.add(Problem.of(row.line(), Column.LOT, line.kind() == MovementKind.DELIVERY
                        ? "deliveries.csv.duplicateDelivery" : "deliveries.csv.duplicateReturn", earlier));
            }
            Long customerId = customerIds.get(line.customerCode());
            if (customerId == null) {
                problems.add(Problem.of(row.line(), Column.CUSTOMER, "deliveries.csv.unknownCustomer", line.customerCode()));
            } else if (totals.contains(new PeriodTotalKey(customerId, line.kind(), line.period()))) {
                problems.add(Problem.of(row.line(), Column.DATE, "deliveries.csv.periodTotal", line.period().toString()));
            }
            if (!problems.isEmpty()) {
                assessed.add(new Assessed(row, line, 0, null, null, problems));
                continue;
            }
            StoredLot before = stored.get(storedKey(line.kind(), customerId, line.lot(), line.date().toString(), line.defectReason()));
            assessed.add(new Assessed(row, line, customerId, outcome(line, before), before, List.of()));
        }
        return assessed;
    }

    static RowOutcome outcome(DeliveryLine line, StoredLot before) {
        if (before == null) {
            return RowOutcome.CREATE;
        }
        return before.quantity() == line.quantity() && before.day().equals(line.date())
                ? RowOutcome.UNCHANGED : RowOutcome.UPDATE;
    }

    static Problem problemOf(int line, LineProblem problem) {
        Column column = switch (problem.field()) {
            case CUSTOMER -> Column.CUSTOMER;
            case KIND -> Column.KIND;
            case LOT -> Column.LOT;
            case DATE -> Column.DATE;
            case QUANTITY -> Column.QUANTITY;
            case DEFECT_REASON -> Column.DEFECT_REASON;
        };
        return Problem.of(line, column, MovementForm.messageKey(problem));
    }

    /** The natural key of a stored row: a delivered lot per customer; a returned lot per customer, day and reason. */
    private static String storedKey(MovementKind kind, long customerId, String lot, String day, String reason) {
        return kind == MovementKind.DELIVERY ? "D\n" + customerId + "\n" + lot
                : "R\n" + customerId + "\n" + lot + "\n" + day + "\n" + reason;
    }

    /** The same key by customer code, for rows of the file whose customer may not exist. */
    private static String fileKey(DeliveryLine line) {
        return line.kind() == MovementKind.DELIVERY ? "D\n" + line.customerCode() + "\n" + line.lot()
                : "R\n" + line.customerCode() + "\n" + line.lot() + "\n" + line.date() + "\n" + line.defectReason();
    }

    private String textOf(long id) {
        byte[] content = transaction.execute(status -> imports.contentOf(id).orElseThrow());
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
