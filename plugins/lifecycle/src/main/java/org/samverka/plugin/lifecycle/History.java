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
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
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
    record Snapshot(long id, String municipalityId, LocalDate date, Instant takenAt, boolean exampleData,
            List<RegionMatrix.Cell> cells) {

        boolean sameAs(boolean example, List<RegionMatrix.Cell> current) {
            return exampleData == example && cells.equals(current);
        }
    }

    private final SchemaAccess db;
    private final Map<String, ReentrantLock> municipalityLocks = new ConcurrentHashMap<>();
    private final Set<String> settled = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicBoolean> unrecordedChanges = new ConcurrentHashMap<>();
    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();
    private final Clock clock;
    private final Executor recorder;
    private final ExecutorService ownRecorder;

    @Activate
    public History(@Reference LifecycleSchema schema) {
        this(schema.db(), Clock.systemUTC(), Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "samverka-lifecycle-history");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** @param recorder where snapshots after changes are taken ({@code Runnable::run}: at once, on the writer's thread) */
    History(SchemaAccess db, Clock clock, Executor recorder) {
        this.db = db;
        this.clock = clock;
        this.recorder = recorder;
        this.ownRecorder = recorder instanceof ExecutorService service ? service : null;
    }

    /** Takes the snapshots still owed before the plugin stops, for a few seconds at most. */
    @Deactivate
    void deactivate() throws InterruptedException {
        if (ownRecorder != null) {
            ownRecorder.shutdown();
            ownRecorder.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /**
     * Takes a snapshot of each municipality whose assessment changed since its last one; a
     * municipality with nothing recorded and no history gets none. Never throws: a change that
     * committed stays committed, and the failure is logged.
     *
     * @return how many snapshots were written (or dropped, for a change undone the same day)
     */
    int record(String regionId, Collection<String> municipalityIds) {
        return record(regionId, municipalityIds, false);
    }

    /**
     * After a change of one municipality has committed: its snapshot is owed, and taken on the
     * history's own thread, so that a writer's answer never waits for it. However many changes
     * arrive meanwhile, one snapshot after the last of them settles the debt. A reader of the
     * history takes what is owed first ({@link #settle(List)}): it reads its own writes.
     */
    void changed(String regionId, String municipalityId) {
        settled.remove(key(regionId, municipalityId));
        owe(regionId, List.of(municipalityId));
    }

    /** Snapshots of these municipalities are owed: taken on the history's own thread. */
    void owe(String regionId, List<String> municipalityIds) {
        for (String municipalityId : municipalityIds) {
            unrecorded(municipalityId).set(true);
            if (scheduled.add(municipalityId)) {
                try {
                    recorder.execute(() -> {
                        scheduled.remove(municipalityId); // a change from now on schedules another
                        recordOwed(regionId, municipalityId);
                    });
                } catch (RejectedExecutionException stopping) {
                    scheduled.remove(municipalityId);
                    recordOwed(regionId, municipalityId);
                }
            }
        }
    }

    /** Takes the snapshots still owed for these municipalities, before they are read. */
    void settle(String regionId, List<String> municipalityIds) {
        municipalityIds.forEach(m -> recordOwed(regionId, m));
    }

    /** Takes the municipality's snapshot if one is owed, after waiting for one being taken. */
    private void recordOwed(String regionId, String municipalityId) {
        ReentrantLock lock = lock(municipalityId);
        lock.lock();
        try {
            if (unrecorded(municipalityId).get()) {
                recordBatch(regionId, List.of(municipalityId), false);
            }
        } finally {
            lock.unlock();
        }
    }

    private AtomicBoolean unrecorded(String municipalityId) {
        return unrecordedChanges.computeIfAbsent(municipalityId, m -> new AtomicBoolean());
    }

    /** As {@link #record(String, Collection)}, for a snapshot someone asked for: a failure leaves as it is. */
    int recordOrFail(String regionId, Collection<String> municipalityIds) {
        return record(regionId, municipalityIds, true);
    }

    private int record(String regionId, Collection<String> municipalityIds, boolean fail) {
        List<String> sorted = municipalityIds.stream().sorted().distinct().toList();
        int written = 0;
        // In batches: a municipality whose rows a long import holds keeps only its own batch waiting.
        for (int from = 0; from < sorted.size(); from += InLists.SLICE) {
            written += recordBatch(regionId, sorted.subList(from, Math.min(sorted.size(), from + InLists.SLICE)), fail);
        }
        return written;
    }

    private int recordBatch(String regionId, List<String> batch, boolean fail) {
        // One municipality's snapshots are taken one at a time, so that the last one written has
        // read the last committed state. Locks are taken in id order: two callers never wait for
        // each other in a circle.
        List<ReentrantLock> locks = batch.stream().map(this::lock).toList();
        locks.forEach(ReentrantLock::lock);
        try {
            // Cleared before reading: a change committed from here on is owed again.
            batch.forEach(m -> unrecorded(m).set(false));
            int written = db.transaction(tx -> record(tx, regionId, batch));
            batch.forEach(m -> settled.add(key(regionId, m)));
            return written;
        } catch (RuntimeException e) {
            batch.forEach(m -> settled.remove(key(regionId, m)));
            batch.forEach(m -> unrecorded(m).set(true));
            if (fail) {
                throw e;
            }
            LOG.warn("No snapshot of the assessments of {} in region '{}' was kept ({}); the next change records them",
                    batch, regionId, e.getMessage());
            return 0;
        } finally {
            locks.forEach(ReentrantLock::unlock);
        }
    }

    /**
     * Whether the municipality's last snapshot is known to hold its assessment in this region as
     * it is now: this node recorded it after the municipality's last change it saw. Until then
     * (after a start, when a snapshot failed, or once the municipality moved to another region)
     * the municipality is recorded before it is read from its snapshot.
     */
    boolean settled(String regionId, String municipalityId) {
        return settled.contains(key(regionId, municipalityId));
    }

    private ReentrantLock lock(String municipalityId) {
        return municipalityLocks.computeIfAbsent(municipalityId, m -> new ReentrantLock());
    }

    private static String key(String regionId, String municipalityId) {
        return regionId + "/" + municipalityId;
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

    /**
     * Keeps the state as today's snapshot unless it is the one kept already: today's is changed in
     * place (readers never find it missing), dropped when the day ends as the day before began,
     * or added. True when something was written.
     */
    private boolean keep(Transaction tx, String municipalityId, LocalDate today, boolean example,
            List<RegionMatrix.Cell> cells) throws SQLException {
        Optional<Snapshot> last = latest(tx, municipalityId, today);
        Optional<Snapshot> todays = last.filter(s -> s.date().equals(today));
        if (todays.isPresent() && todays.get().sameAs(example, cells)) {
            return false;
        }
        Optional<Snapshot> before = todays.isPresent() ? latest(tx, municipalityId, today.minusDays(1)) : last;
        boolean nothingNow = !example && cells.stream().allMatch(c -> c.state() == Readiness.PhaseState.NOT_MAPPED);
        boolean asBefore = before.map(b -> b.sameAs(example, cells)).orElse(nothingNow);
        if (asBefore) {
            // Nothing to keep; a change of today undone leaves the day as the day before.
            return todays.isPresent() && tx.update("DELETE FROM ASSESSMENT_SNAPSHOT WHERE ID = ?", todays.get().id()) > 0;
        }
        if (todays.isPresent()) {
            long id = todays.get().id();
            tx.update("UPDATE ASSESSMENT_SNAPSHOT SET TAKEN_AT = ?, EXAMPLE_DATA = ? WHERE ID = ?", clock.instant(), example, id);
            for (RegionMatrix.Cell c : cells) {
                tx.update("UPDATE SNAPSHOT_PHASE SET STATE = ?, SCORE = ?, WHITE_SPOTS = ?, EXTRA_ITEMS = ? "
                        + "WHERE SNAPSHOT_ID = ? AND PHASE = ?", c.state(), c.score(), c.whiteSpots(), c.extraItems(), id, c.phase());
            }
            return true;
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
        return byIds(tx, latestIds(tx, List.of(municipalityId), day, true, false), false).stream().findFirst();
    }

    /** Per municipality, the snapshot in effect at the end of the day; municipalities with none are left out. */
    Map<String, Snapshot> asOf(List<String> municipalityIds, LocalDate day) {
        return db.transaction(tx -> byIds(tx, latestIds(tx, municipalityIds, day, true, true), true)).stream()
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
                + "WHERE MUNICIPALITY_ID IN (?…) AND TAKEN_ON <= ? AND TAKEN_ON >= ? WITH RR";
        LocalDate since = from == null ? Validation.EARLIEST_DATE : from;
        db.transaction(tx -> {
            List<Long> ids = new ArrayList<>(from == null ? List.of() : latestIds(tx, municipalityIds, from, false, true));
            ids.addAll(InLists.list(tx, r -> r.number("ID"), sql, municipalityIds, to, since));
            return byIds(tx, ids, true);
        }).forEach(s -> series.get(s.municipalityId()).add(s));
        return series;
    }

    /**
     * The id of each municipality's last snapshot up to the day: through its end ({@code through}),
     * or before it began. The index holds all the query needs, so Derby reads it alone.
     */
    private static List<Long> latestIds(Transaction tx, List<String> municipalityIds, LocalDate day, boolean through,
            boolean repeatable) throws SQLException {
        return InLists.list(tx, r -> r.number("LATEST"), "SELECT MAX(ID) AS LATEST FROM ASSESSMENT_SNAPSHOT "
                + "--DERBY-PROPERTIES index=SNAPSHOT_BY_MUNICIPALITY_AND_DAY\nWHERE MUNICIPALITY_ID IN (?…) AND TAKEN_ON "
                + (through ? "<=" : "<") + " ? GROUP BY MUNICIPALITY_ID" + (repeatable ? " WITH RR" : ""), municipalityIds, day);
    }

    /**
     * The snapshots with these ids and their phases, oldest first. The snapshots and their phases
     * are read apart and put together here: Derby joined them checking the id list for every pair.
     * A reader's reads hold their locks to the end of its transaction ({@code WITH RR}), so that a
     * snapshot changed meanwhile is read either as it was or as it is, never half of each; a writer
     * reads its own municipality's, which no one else writes meanwhile.
     */
    private static List<Snapshot> byIds(Transaction tx, List<Long> ids, boolean repeatable) throws SQLException {
        String isolation = repeatable ? " WITH RR" : "";
        record Head(long id, String municipalityId, LocalDate date, Instant takenAt, boolean example) {
        }
        record PhaseRow(long snapshotId, RegionMatrix.Cell cell) {
        }
        List<Long> sorted = ids.stream().sorted().toList();
        List<Head> heads = InLists.list(tx, r -> new Head(r.number("ID"), r.text("MUNICIPALITY_ID"), r.date("TAKEN_ON"),
                r.instant("TAKEN_AT"), r.flag("EXAMPLE_DATA")), "SELECT * FROM ASSESSMENT_SNAPSHOT WHERE ID IN (?…)" + isolation, sorted);
        Map<Long, List<RegionMatrix.Cell>> cells = InLists.list(tx, r -> new PhaseRow(r.number("SNAPSHOT_ID"),
                new RegionMatrix.Cell(r.enumValue(Phase.class, "PHASE"), r.enumValue(Readiness.PhaseState.class, "STATE"),
                        score(r.optionalNumber("SCORE")), r.integer("WHITE_SPOTS"), r.integer("EXTRA_ITEMS"))),
                "SELECT * FROM SNAPSHOT_PHASE WHERE SNAPSHOT_ID IN (?…)" + isolation, sorted).stream()
                .collect(Collectors.groupingBy(PhaseRow::snapshotId, Collectors.mapping(PhaseRow::cell, Collectors.toList())));
        return heads.stream().sorted(Comparator.comparingLong(Head::id)).map(h -> new Snapshot(h.id(), h.municipalityId(), h.date(),
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
