package org.samverka.plugin.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.tenant.Municipality;

/**
 * Assessments read in one transaction each, so that the catalogue, the items and the actions
 * they are computed from agree; a region's matrix reads all of its municipalities at once.
 */
@Component(service = Assessments.class)
public final class Assessments {

    private final SchemaAccess db;
    private final History history;

    @Activate
    public Assessments(@Reference LifecycleSchema schema, @Reference History history) {
        this.db = schema.db();
        this.history = history;
    }

    Readiness.Assessment of(Municipality municipality, String language, int threshold) {
        return db.transaction(tx -> Readiness.assess(municipality.id(), ItemStore.all(tx, municipality.id()),
                ActionStore.list(tx, municipality.id()), catalogue(CatalogueStore.all(tx, municipality.regionId()), language),
                threshold));
    }

    /**
     * One row per municipality, in the order given. A municipality whose last snapshot holds its
     * assessment as it is now is read from it (its six cells instead of its hundred items); the
     * others are computed from their items, and their snapshots are taken on the history's
     * thread, so that the next matrix reads them. No reader waits for a snapshot.
     */
    List<RegionMatrix.Row> matrix(String regionId, List<Municipality> municipalities, String language, int threshold) {
        Map<Boolean, List<Municipality>> bySettled = municipalities.stream()
                .collect(Collectors.partitioningBy(m -> history.settled(regionId, m.id())));
        List<Municipality> unsettled = bySettled.get(false);
        history.owe(regionId, unsettled.stream().map(Municipality::id).toList());
        Map<String, RegionMatrix.Row> rows = new HashMap<>();
        rows(bySettled.get(true), history.asOf(bySettled.get(true).stream().map(Municipality::id).toList(), history.today()),
                threshold).forEach(r -> rows.put(r.municipalityId(), r));
        computed(regionId, unsettled, language, threshold).forEach(r -> rows.put(r.municipalityId(), r));
        return municipalities.stream().map(m -> rows.get(m.id())).toList();
    }

    /** Rows computed from the municipalities' items and the region's catalogue, in one transaction. */
    List<RegionMatrix.Row> computed(String regionId, List<Municipality> municipalities, String language, int threshold) {
        if (municipalities.isEmpty()) {
            return List.of();
        }
        return db.transaction(tx -> {
            List<CatalogueEntry> catalogue = catalogue(CatalogueStore.all(tx, regionId), language);
            Map<String, List<CapacityItem>> items = ItemStore.scoringFacts(tx,
                    municipalities.stream().map(Municipality::id).toList()).stream()
                    .collect(Collectors.groupingBy(CapacityItem::municipalityId));
            List<RegionMatrix.Row> rows = new ArrayList<>();
            for (Municipality m : municipalities) {
                List<CapacityItem> own = items.getOrDefault(m.id(), List.of());
                rows.add(RegionMatrix.row(m.id(), m.name(), Readiness.cells(m.id(), own, catalogue), threshold,
                        own.stream().anyMatch(CapacityItem::demo)));
            }
            return rows;
        });
    }

    /**
     * One row per municipality as it stood at the end of the day, from the snapshots kept then;
     * a municipality without one had nothing recorded: every phase not mapped.
     */
    List<RegionMatrix.Row> matrixAsOf(String regionId, List<Municipality> municipalities, LocalDate day, int threshold) {
        List<String> ids = municipalities.stream().map(Municipality::id).toList();
        history.settle(regionId, ids);
        return rows(municipalities, history.asOf(ids, day), threshold);
    }

    private static List<RegionMatrix.Row> rows(List<Municipality> municipalities, Map<String, History.Snapshot> kept,
            int threshold) {
        return municipalities.stream().map(m -> {
            History.Snapshot s = kept.get(m.id());
            return s == null ? RegionMatrix.row(m.id(), m.name(), Arrays.stream(Phase.values()).map(RegionMatrix.Cell::notMapped)
                    .toList(), threshold, false) : RegionMatrix.row(m.id(), m.name(), s.cells(), threshold, s.exampleData());
        }).toList();
    }

    private static List<CatalogueEntry> catalogue(List<CatalogueEntry.Stored> stored, String language) {
        return stored.stream().map(e -> e.in(language)).toList();
    }
}
