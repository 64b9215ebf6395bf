package org.samverka.plugin.lifecycle;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.Page;
import org.samverka.api.rest.Paging;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.InvalidReferenceException;
import org.samverka.api.storage.Row;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Transaction;
import org.samverka.api.storage.VersionedRow;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.TenantDirectory;

/** Capacity items; every query is bound to one municipality. */
@Component(service = ItemStore.class)
public final class ItemStore {

    /** Optional filters of a listing; null means any. */
    record Filter(Phase phase, ItemStatus status, ItemKind kind) {

        static final Filter NONE = new Filter(null, null, null);

        /** The condition after {@code MUNICIPALITY_ID = ?}, adding its arguments. */
        String where(List<Object> arguments) {
            StringBuilder sql = new StringBuilder();
            for (Object[] condition : new Object[][] {{"PHASE", phase}, {"STATUS", status}, {"KIND", kind}}) {
                if (condition[1] != null) {
                    sql.append(" AND ").append(condition[0]).append(" = ?");
                    arguments.add(condition[1]);
                }
            }
            return sql.toString();
        }
    }

    private final SchemaAccess db;
    private final TenantDirectory tenants;
    private final History history;

    @Activate
    public ItemStore(@Reference LifecycleSchema schema, @Reference TenantDirectory tenants, @Reference History history) {
        this.db = schema.db();
        this.tenants = tenants;
        this.history = history;
    }

    List<CapacityItem> all(String municipalityId) {
        return db.transaction(tx -> all(tx, municipalityId));
    }

    static List<CapacityItem> all(Transaction tx, String municipalityId) throws SQLException {
        return tx.list(ItemStore::item, "SELECT * FROM CAPACITY_ITEM WHERE MUNICIPALITY_ID = ? ORDER BY ID", municipalityId);
    }

    /**
     * What a region's matrix and the history need of the items of many municipalities, in one
     * query: phase, status, catalogue entry and demo mark, no texts. Those are the columns of the
     * index named, so that Derby reads the index alone; naming it also keeps the optimizer from
     * scanning the whole table (and waiting for the locks of another municipality's import) where
     * the municipalities hold a large share of it.
     */
    static List<CapacityItem> scoringFacts(Transaction tx, List<String> municipalityIds) throws SQLException {
        return InLists.list(tx, r -> new CapacityItem(r.number("ID"), r.text("MUNICIPALITY_ID"), r.enumValue(Phase.class,
                "PHASE"), null, null, null, null, null, r.enumValue(ItemStatus.class, "STATUS"), null, r.flag("DEMO"), 0, null,
                null, r.optionalNumber("CATALOGUE_ENTRY_ID")), "SELECT ID, MUNICIPALITY_ID, PHASE, STATUS, DEMO, CATALOGUE_ENTRY_ID "
                + "FROM CAPACITY_ITEM --DERBY-PROPERTIES index=ITEM_SCORING\nWHERE MUNICIPALITY_ID IN (?…)", municipalityIds);
    }

    /** A page and the count of all that match, read in one transaction so that they agree (the count only when the page does not tell it). */
    Page<CapacityItem> page(String municipalityId, Filter filter, Paging paging) {
        List<Object> arguments = new ArrayList<>(List.of(municipalityId));
        String where = " WHERE MUNICIPALITY_ID = ?" + filter.where(arguments);
        Object[] values = arguments.toArray();
        return db.transaction(tx -> Page.ofOneMore(tx.list(ItemStore::item, "SELECT * FROM CAPACITY_ITEM" + where
                + " ORDER BY ID" + paging.sqlWithOneMore(), values),
                paging, () -> tx.number("SELECT COUNT(*) FROM CAPACITY_ITEM" + where, values)));
    }

    CapacityItem get(String municipalityId, long id) {
        return db.transaction(tx -> get(tx, municipalityId, id));
    }

    CapacityItem create(String municipalityId, CapacityItemInput in) {
        String regionId = regionOf(municipalityId);
        return recorded(regionId, municipalityId, db.transaction(tx -> insert(tx, municipalityId, regionId, in, false)));
    }

    /** Every write ends here once it has committed: a snapshot of the assessment, when it changed. */
    private <T> T recorded(String regionId, String municipalityId, T written) {
        history.changed(regionId, municipalityId);
        return written;
    }

    /** Inserts every row in one transaction: all or none. */
    List<CapacityItem> createAll(String municipalityId, List<CapacityItemInput> rows, boolean demo) {
        String regionId = regionOf(municipalityId);
        return recorded(regionId, municipalityId, db.transaction(tx -> {
            List<CapacityItem> created = new ArrayList<>();
            for (CapacityItemInput row : rows) {
                created.add(insert(tx, municipalityId, regionId, row, demo));
            }
            return created;
        }));
    }

    /** What an import did: the items added, those changed, and how many rows were already as stored. */
    record Imported(List<CapacityItem> created, List<CapacityItem> updated, int unchanged) {
    }

    /**
     * Writes every row in one transaction, all or none: a row without an id is added; a row with
     * one updates that item of the municipality through a compare-and-set on the row's version
     * (or the version just read, when the row gives none), unless it is already as stored.
     *
     * @throws InvalidReferenceException naming the line, for an id that is not one of the municipality's items
     */
    Imported importAll(String municipalityId, List<ItemCsv.Row> rows) {
        String regionId = regionOf(municipalityId);
        return recorded(regionId, municipalityId, db.transaction(tx -> {
            List<CapacityItem> created = new ArrayList<>();
            List<CapacityItem> updated = new ArrayList<>();
            int unchanged = 0;
            for (ItemCsv.Row row : rows) {
                String where = "line " + row.line() + ", ";
                try {
                    if (row.id() == null) {
                        created.add(insert(tx, municipalityId, regionId, row.item(), false));
                        continue;
                    }
                    CapacityItem stored = tx.first(ItemStore::item, "SELECT * FROM CAPACITY_ITEM WHERE MUNICIPALITY_ID = ? "
                            + "AND ID = ?", municipalityId, row.id()).orElseThrow(() -> new InvalidReferenceException(
                                    where + "id", "item " + row.id() + " is not one of this municipality's items; clear "
                                    + "the cell to add the row as a new item"));
                    if (row.item().equals(inputOf(stored))) {
                        unchanged++;
                        continue;
                    }
                    checkEntry(tx, regionId, row.item());
                    CapacityItemInput in = row.item();
                    row(tx, municipalityId, row.id()).update(ExpectedVersion.exactly(row.version() == null ? stored.version()
                            : row.version()), "PHASE = ?, KIND = ?, TITLE = ?, DESCRIPTION = ?, RESPONSIBLE = ?, CONTACT = ?, "
                            + "STATUS = ?, NOTES = ?, CATALOGUE_ENTRY_ID = ?, UPDATED_AT = ?", in.phase(), in.kind(),
                            in.title(), in.description(), in.responsibleOrganisation(), in.contact(), in.status(),
                            in.notes(), in.catalogueEntryId(), Instant.now());
                    updated.add(get(tx, municipalityId, row.id()));
                } catch (InvalidReferenceException e) {
                    throw e.field().startsWith("line ") ? e : new InvalidReferenceException(where + e.field(), e.getMessage());
                }
            }
            return new Imported(created, updated, unchanged);
        }));
    }

    private static CapacityItemInput inputOf(CapacityItem i) {
        return new CapacityItemInput(i.phase(), i.kind(), i.title(), i.description(), i.responsibleOrganisation(),
                i.contact(), i.status(), i.notes(), i.catalogueEntryId());
    }

    CapacityItem replace(String municipalityId, long id, ExpectedVersion expected, CapacityItemInput in) {
        String regionId = regionOf(municipalityId);
        return recorded(regionId, municipalityId, db.transaction(tx -> {
            checkEntry(tx, regionId, in);
            row(tx, municipalityId, id).update(expected, "PHASE = ?, KIND = ?, TITLE = ?, DESCRIPTION = ?, RESPONSIBLE = ?, "
                    + "CONTACT = ?, STATUS = ?, NOTES = ?, CATALOGUE_ENTRY_ID = ?, UPDATED_AT = ?", in.phase(), in.kind(),
                    in.title(), in.description(), in.responsibleOrganisation(), in.contact(), in.status(), in.notes(),
                    in.catalogueEntryId(), Instant.now());
            return get(tx, municipalityId, id);
        }));
    }

    void delete(String municipalityId, long id, ExpectedVersion expected) {
        String regionId = regionOf(municipalityId);
        recorded(regionId, municipalityId, db.transaction(tx -> row(tx, municipalityId, id).delete(expected)));
    }

    private static VersionedRow row(Transaction tx, String municipalityId, long id) {
        return tx.versionedRow(what(municipalityId, id), "CAPACITY_ITEM", "MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id);
    }

    private static CapacityItem insert(Transaction tx, String municipalityId, String regionId, CapacityItemInput in,
            boolean demo) throws SQLException {
        checkEntry(tx, regionId, in);
        Instant now = Instant.now();
        long id = tx.insert("INSERT INTO CAPACITY_ITEM (MUNICIPALITY_ID, PHASE, KIND, TITLE, DESCRIPTION, RESPONSIBLE, "
                + "CONTACT, STATUS, NOTES, CATALOGUE_ENTRY_ID, DEMO, VERSION, CREATED_AT, UPDATED_AT) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                municipalityId, in.phase(), in.kind(), in.title(), in.description(), in.responsibleOrganisation(),
                in.contact(), in.status(), in.notes(), in.catalogueEntryId(), demo, now, now);
        return get(tx, municipalityId, id);
    }

    /** An item may meet only an entry of its own region's catalogue, in the item's phase. */
    private static void checkEntry(Transaction tx, String regionId, CapacityItemInput in) throws SQLException {
        if (in.catalogueEntryId() != null && tx.number("SELECT COUNT(*) FROM CATALOGUE_ENTRY WHERE ID = ? AND REGION_ID = ? "
                + "AND PHASE = ?", in.catalogueEntryId(), regionId, in.phase()) == 0) {
            throw new InvalidReferenceException("catalogueEntryId", "entry " + in.catalogueEntryId()
                    + " is not in your region's capacity catalogue for phase " + in.phase());
        }
    }

    private String regionOf(String municipalityId) {
        return tenants.municipality(municipalityId).map(Municipality::regionId)
                .orElseThrow(() -> new RowNotFoundException("municipality '" + municipalityId + "'"));
    }

    private static CapacityItem get(Transaction tx, String municipalityId, long id) throws SQLException {
        return tx.first(ItemStore::item, "SELECT * FROM CAPACITY_ITEM WHERE MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id)
                .orElseThrow(() -> new RowNotFoundException(what(municipalityId, id)));
    }

    private static String what(String municipalityId, long id) {
        return "capacity item " + id + " of municipality '" + municipalityId + "'";
    }

    private static CapacityItem item(Row r) throws SQLException {
        return new CapacityItem(r.number("ID"), r.text("MUNICIPALITY_ID"), r.enumValue(Phase.class, "PHASE"),
                r.enumValue(ItemKind.class, "KIND"), r.text("TITLE"), r.text("DESCRIPTION"), r.text("RESPONSIBLE"),
                r.text("CONTACT"), r.enumValue(ItemStatus.class, "STATUS"), r.text("NOTES"), r.flag("DEMO"), r.number("VERSION"),
                r.instant("CREATED_AT"), r.instant("UPDATED_AT"), r.optionalNumber("CATALOGUE_ENTRY_ID"));
    }
}
