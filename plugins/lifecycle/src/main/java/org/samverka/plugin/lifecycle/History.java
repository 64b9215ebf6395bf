package org.samverka.plugin.lifecycle;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dated snapshots of municipalities' assessments: what the trend and the matrix as it stood on
 * a date are read from. A snapshot is taken after a change has committed, in a transaction of its
 * own, and only when the assessment differs from the last one kept; the last snapshot of a day
 * replaces the day's earlier ones. Days are UTC days.
 *
 * <p>Why after the change and not inside its transaction: the snapshot reads all the
 * municipality's items, and two writers that each inserted an item and then read the other's
 * would deadlock. Snapshots of one region are taken one at a time, so that the last one written
 * has read the last committed state. A snapshot that fails is logged and leaves the change as it
 * is; the next change, or a snapshot on demand, records the state again.
 */
@Component(service = History.class)
public final class History {

    private static final Logger LOG = LoggerFactory.getLogger(History.class);

    /** One municipality's assessment as it was kept on a day. */
    record Snapshot(String municipalityId, LocalDate date, Instant takenAt, boolean exampleData,
            List<RegionMatrix.Cell> cells) {

        boolean sameAs(boolean example, List<RegionMatrix.Cell> current) {
            return exampleData == example && cells.equals(current);
        }
    }

    private final SchemaAccess db;
    private final Map<String, ReentrantLock> regionLocks = new ConcurrentHashMap<>();
    private final Clock clock;

    @Activate
    public History(@Reference LifecycleSchema schema) {
        this(schema.db(), Clock.systemUTC());
    }

    History(SchemaAccess db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Takes a snapshot of each municipality whose assessment changed since its last one; a
     * municipality with nothing recorded and no history gets none. Never throws: a change that
     * committed stays committed, and the failure is logged.
     *
     * @return how many snapshots were written
     */
    int record(String regionId, Collection<String> municipalityIds) {
        ReentrantLock lock = regionLocks.computeIfAbsent(regionId, r -> new ReentrantLock());
        lock.lock();
        try {
            return db.transaction(tx -> record(tx, regionId, List.copyOf(municipalityIds)));
        } catch (RuntimeException e) {
            LOG.warn("No snapshot of the assessments of {} in region '{}' was kept ({}); the next change records them",
                    municipalityIds, regionId, e.getMessage());
            return 0;
        } finally {
            lock.unlock();
        }
    }

    private int record(Transaction tx, String regionId, List<String> municipalityIds) throws SQLException {
        List<CatalogueEntry> catalogue = CatalogueStore.all(tx, regionId).stream().map(e -> e.in("en")).toList();
        Map<String, List<CapacityItem>> items = ItemStore.scoringFacts(tx, municipalityIds).stream()
                .collect(Collectors.groupingBy(CapacityItem::municipalityId));
        LocalDate today = today();
        int written = 0;
        for (String municipalityId : municipalityIds) {
            List<CapacityItem> own = items.getOrDefault(municipalityId, List.of());
            List<RegionMatrix.Cell> cells = RegionMatrix.cells(Readiness.assess(municipalityId, own, List.of(), catalogue,
                    Readiness.DEFAULT_THRESHOLD));
            boolean example = own.stream().anyMatch(CapacityItem::demo);
            if (keep(tx, municipalityId, today, example, cells)) {
                written++;
            }
        }
        return written;
    }

    /** Replaces today's snapshot unless the state is the one kept already; true when one was written. */
    private boolean keep(Transaction tx, String municipalityId, LocalDate today, boolean example,
            List<RegionMatrix.Cell> cells) throws SQLException {
        Optional<Snapshot> last = latest(tx, municipalityId, today);
        boolean droppedToday = false;
        if (last.isPresent() && last.get().date().equals(today)) {
            if (last.get().sameAs(example, cells)) {
                return false;
            }
            tx.update("DELETE FROM ASSESSMENT_SNAPSHOT WHERE MUNICIPALITY_ID = ? AND TAKEN_ON = ?", municipalityId, today);
            droppedToday = true;
        }
        Optional<Snapshot> before = droppedToday ? latest(tx, municipalityId, today.minusDays(1)) : last;
        boolean nothingEver = before.isEmpty() && !example
                && cells.stream().allMatch(c -> c.state() == Readiness.PhaseState.NOT_MAPPED);
        if (nothingEver || before.filter(b -> b.sameAs(example, cells)).isPresent()) {
            return droppedToday; // a change of today undone: the day is as the day before
        }
        long id = tx.insert("INSERT INTO ASSESSMENT_SNAPSHOT (MUNICIPALITY_ID, TAKEN_ON, TAKEN_AT, EXAMPLE_DATA) "
                + "VALUES (?, ?, ?, ?)", municipalityId, today, clock.instant(), example);
        for (RegionMatrix.Cell c : cells) {
            tx.update("INSERT INTO SNAPSHOT_PHASE (SNAPSHOT_ID, PHASE, STATE, SCORE, WHITE_SPOTS, EXTRA_ITEMS) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", id, c.phase(), c.state(), c.score(), c.whiteSpots(), c.extraItems());
        }
        return true;
    }

    /** The snapshot in effect at the end of the day, if any. */
    private static Optional<Snapshot> latest(Transaction tx, String municipalityId, LocalDate day) throws SQLException {
        List<Snapshot> found = read(tx, "SELECT s.*, p.* FROM ASSESSMENT_SNAPSHOT s JOIN SNAPSHOT_PHASE p ON p.SNAPSHOT_ID = s.ID "
                + "WHERE s.ID = (SELECT MAX(ID) FROM ASSESSMENT_SNAPSHOT WHERE MUNICIPALITY_ID = ? AND TAKEN_ON <= ?)",
                municipalityId, day);
        return found.stream().findFirst();
    }

    /** Per municipality, the snapshot in effect at the end of the day; municipalities with none are left out. */
    Map<String, Snapshot> asOf(List<String> municipalityIds, LocalDate day) {
        if (municipalityIds.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(municipalityIds.size(), "?"));
        List<Object> arguments = new ArrayList<>(municipalityIds);
        arguments.add(day);
        return db.transaction(tx -> read(tx, "SELECT s.*, p.* FROM ASSESSMENT_SNAPSHOT s JOIN SNAPSHOT_PHASE p "
                + "ON p.SNAPSHOT_ID = s.ID WHERE s.ID IN (SELECT MAX(ID) FROM ASSESSMENT_SNAPSHOT WHERE MUNICIPALITY_ID IN ("
                + marks + ") AND TAKEN_ON <= ? GROUP BY MUNICIPALITY_ID)", arguments.toArray()))
                .stream().collect(Collectors.toMap(Snapshot::municipalityId, s -> s));
    }

    /**
     * Per municipality, its snapshots from {@code from} (null: since the first) through
     * {@code to}, oldest first, led by the one in effect when {@code from} began, if there is one:
     * the state the period started from.
     */
    Map<String, List<Snapshot>> between(List<String> municipalityIds, LocalDate from, LocalDate to) {
        Map<String, List<Snapshot>> series = new LinkedHashMap<>();
        municipalityIds.forEach(m -> series.put(m, new ArrayList<>()));
        if (municipalityIds.isEmpty()) {
            return series;
        }
        String marks = String.join(", ", Collections.nCopies(municipalityIds.size(), "?"));
        List<Object> arguments = new ArrayList<>(municipalityIds);
        String sql = "SELECT s.*, p.* FROM ASSESSMENT_SNAPSHOT s JOIN SNAPSHOT_PHASE p ON p.SNAPSHOT_ID = s.ID "
                + "WHERE s.MUNICIPALITY_ID IN (" + marks + ") AND s.TAKEN_ON <= ?";
        arguments.add(to);
        if (from != null) {
            sql += " AND (s.TAKEN_ON >= ? OR s.ID IN (SELECT MAX(ID) FROM ASSESSMENT_SNAPSHOT WHERE MUNICIPALITY_ID IN ("
                    + marks + ") AND TAKEN_ON < ? GROUP BY MUNICIPALITY_ID))";
            arguments.add(from);
            arguments.addAll(municipalityIds);
            arguments.add(from);
        }
        String query = sql;
        db.transaction(tx -> read(tx, query, arguments.toArray())).forEach(s -> series.get(s.municipalityId()).add(s));
        return series;
    }

    /** Snapshots with their phases, in the order they were taken; the phases in the order of {@link Phase}. */
    private static List<Snapshot> read(Transaction tx, String sql, Object... arguments) throws SQLException {
        record Line(long id, String municipalityId, LocalDate date, Instant takenAt, boolean example, RegionMatrix.Cell cell) {
        }
        List<Line> lines = tx.list(r -> new Line(r.number("ID"), r.text("MUNICIPALITY_ID"), r.date("TAKEN_ON"),
                r.instant("TAKEN_AT"), r.flag("EXAMPLE_DATA"), new RegionMatrix.Cell(r.enumValue(Phase.class, "PHASE"),
                        r.enumValue(Readiness.PhaseState.class, "STATE"), score(r.optionalNumber("SCORE")), r.integer("WHITE_SPOTS"),
                        r.integer("EXTRA_ITEMS"))), sql + " ORDER BY s.ID", arguments);
        Map<Long, List<Line>> byId = lines.stream().collect(Collectors.groupingBy(Line::id, LinkedHashMap::new,
                Collectors.toList()));
        List<Snapshot> snapshots = new ArrayList<>();
        byId.values().forEach(l -> snapshots.add(new Snapshot(l.get(0).municipalityId(), l.get(0).date(), l.get(0).takenAt(),
                l.get(0).example(), l.stream().map(Line::cell).sorted((a, b) -> a.phase().compareTo(b.phase())).toList())));
        return snapshots;
    }

    /** Today, as snapshots date it. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static Integer score(Long stored) {
        return stored == null ? null : stored.intValue();
    }
}
