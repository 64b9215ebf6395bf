package org.samverka.plugin.lifecycle;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.Validation;
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
 * would deadlock. Snapshots of one municipality are taken one at a time, so that the last one
 * written has read the last committed state. A snapshot that fails is logged and leaves the change as it
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
    private final Map<String, ReentrantLock> municipalityLocks = new ConcurrentHashMap<>();
    private final Set<String> settled = ConcurrentHashMap.newKeySet();
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
        // One municipality's snapshots are taken one at a time, so that the last one written has
        // read the last committed state. Locks are taken in id order: two callers never wait for
        // each other in a circle.
        List<ReentrantLock> locks = municipalityIds.stream().sorted().distinct()
                .map(m -> municipalityLocks.computeIfAbsent(m, k -> new ReentrantLock())).toList();
        locks.forEach(ReentrantLock::lock);
        try {
            int written = db.transaction(tx -> record(tx, regionId, List.copyOf(municipalityIds)));
            settled.addAll(municipalityIds);
            return written;
        } catch (RuntimeException e) {
            settled.removeAll(municipalityIds);
            LOG.warn("No snapshot of the assessments of {} in region '{}' was kept ({}); the next change records them",
                    municipalityIds, regionId, e.getMessage());
            return 0;
        } finally {
            locks.forEach(ReentrantLock::unlock);
        }
    }

    /**
     * Whether the municipality's last snapshot is known to hold its assessment as it is now: this
     * node recorded it after the municipality's last change it saw. Until then (after a start, or
     * when a snapshot failed) the assessment is computed from the items.
     */
    boolean settled(String municipalityId) {
        return settled.contains(municipalityId);
    }

    private int record(Transaction tx, String regionId, List<String> municipalityIds) throws SQLException {
        List<CatalogueEntry> catalogue = CatalogueStore.all(tx, regionId).stream().map(e -> e.in("en")).toList();
        Map<String, List<CapacityItem>> items = ItemStore.scoringFacts(tx, municipalityIds).stream()
                .collect(Collectors.groupingBy(CapacityItem::municipalityId));
        LocalDate today = today();
        int written = 0;
        for (String municipalityId : municipalityIds) {
            List<CapacityItem> own = items.getOrDefault(municipalityId, List.of());
            List<RegionMatrix.Cell> cells = Readiness.cells(municipalityId, own, catalogue);
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
        return byIds(tx, latestIds(tx, List.of(municipalityId), day, true)).stream().findFirst();
    }

    /** Per municipality, the snapshot in effect at the end of the day; municipalities with none are left out. */
    Map<String, Snapshot> asOf(List<String> municipalityIds, LocalDate day) {
        return db.transaction(tx -> byIds(tx, latestIds(tx, municipalityIds, day, true))).stream()
                .collect(Collectors.toMap(Snapshot::municipalityId, s -> s));
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
        String sql = "SELECT ID FROM ASSESSMENT_SNAPSHOT --DERBY-PROPERTIES index=SNAPSHOT_BY_MUNICIPALITY_AND_DAY\n"
                + "WHERE MUNICIPALITY_ID IN (?…) AND TAKEN_ON <= ? AND TAKEN_ON >= ?";
        LocalDate since = from == null ? Validation.EARLIEST_DATE : from;
        db.transaction(tx -> {
            List<Long> ids = new ArrayList<>(from == null ? List.of() : latestIds(tx, municipalityIds, from, false));
            ids.addAll(InLists.list(tx, r -> r.number("ID"), sql, municipalityIds, to, since));
            return byIds(tx, ids);
        }).forEach(s -> series.get(s.municipalityId()).add(s));
        return series;
    }

    /**
     * The id of each municipality's last snapshot up to the day: through its end ({@code through}),
     * or before it began. The index holds all the query needs, so Derby reads it alone.
     */
    private static List<Long> latestIds(Transaction tx, List<String> municipalityIds, LocalDate day, boolean through)
            throws SQLException {
        return InLists.list(tx, r -> r.number("LATEST"), "SELECT MAX(ID) AS LATEST FROM ASSESSMENT_SNAPSHOT "
                + "--DERBY-PROPERTIES index=SNAPSHOT_BY_MUNICIPALITY_AND_DAY\nWHERE MUNICIPALITY_ID IN (?…) AND TAKEN_ON "
                + (through ? "<=" : "<") + " ? GROUP BY MUNICIPALITY_ID", municipalityIds, day);
    }

    /**
     * The snapshots with these ids and their phases, oldest first. The snapshots and their phases
     * are read apart and put together here: Derby joined them checking the id list for every pair.
     */
    private static List<Snapshot> byIds(Transaction tx, List<Long> ids) throws SQLException {
        record Head(long id, String municipalityId, LocalDate date, Instant takenAt, boolean example) {
        }
        record PhaseRow(long snapshotId, RegionMatrix.Cell cell) {
        }
        List<Long> sorted = ids.stream().sorted().toList();
        List<Head> heads = InLists.list(tx, r -> new Head(r.number("ID"), r.text("MUNICIPALITY_ID"), r.date("TAKEN_ON"),
                r.instant("TAKEN_AT"), r.flag("EXAMPLE_DATA")), "SELECT * FROM ASSESSMENT_SNAPSHOT WHERE ID IN (?…)", sorted);
        Map<Long, List<RegionMatrix.Cell>> cells = InLists.list(tx, r -> new PhaseRow(r.number("SNAPSHOT_ID"),
                new RegionMatrix.Cell(r.enumValue(Phase.class, "PHASE"), r.enumValue(Readiness.PhaseState.class, "STATE"),
                        score(r.optionalNumber("SCORE")), r.integer("WHITE_SPOTS"), r.integer("EXTRA_ITEMS"))),
                "SELECT * FROM SNAPSHOT_PHASE WHERE SNAPSHOT_ID IN (?…)", sorted).stream()
                .collect(Collectors.groupingBy(PhaseRow::snapshotId, Collectors.mapping(PhaseRow::cell, Collectors.toList())));
        return heads.stream().sorted(Comparator.comparingLong(Head::id)).map(h -> new Snapshot(h.municipalityId(), h.date(),
                h.takenAt(), h.example(), cells.getOrDefault(h.id(), List.of()).stream()
                        .sorted(Comparator.comparing(RegionMatrix.Cell::phase)).toList())).toList();
    }

    /** Today, as snapshots date it. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static Integer score(Long stored) {
        return stored == null ? null : stored.intValue();
    }
}
