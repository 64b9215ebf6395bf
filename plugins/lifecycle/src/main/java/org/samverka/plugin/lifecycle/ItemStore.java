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
import org.samverka.api.storage.Row;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Transaction;
import org.samverka.api.storage.VersionedRow;

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

    @Activate
    public ItemStore(@Reference LifecycleSchema schema) {
        this.db = schema.db();
    }

    List<CapacityItem> all(String municipalityId) {
        return db.transaction(tx -> tx.list(ItemStore::item,
                "SELECT * FROM CAPACITY_ITEM WHERE MUNICIPALITY_ID = ? ORDER BY ID", municipalityId));
    }

    /** A page and the count of all that match, read in one transaction so that they agree. */
    Page<CapacityItem> page(String municipalityId, Filter filter, Paging paging) {
        List<Object> arguments = new ArrayList<>(List.of(municipalityId));
        String where = " WHERE MUNICIPALITY_ID = ?" + filter.where(arguments);
        Object[] values = arguments.toArray();
        return db.transaction(tx -> Page.of(tx.list(ItemStore::item, "SELECT * FROM CAPACITY_ITEM" + where
                + " ORDER BY ID OFFSET " + paging.offset() + " ROWS FETCH NEXT " + paging.limit() + " ROWS ONLY", values),
                paging, tx.number("SELECT COUNT(*) FROM CAPACITY_ITEM" + where, values)));
    }

    CapacityItem get(String municipalityId, long id) {
        return db.transaction(tx -> get(tx, municipalityId, id));
    }

    CapacityItem create(String municipalityId, CapacityItemInput in) {
        return db.transaction(tx -> insert(tx, municipalityId, in, false));
    }

    /** Inserts every row in one transaction: all or none. */
    List<CapacityItem> createAll(String municipalityId, List<CapacityItemInput> rows, boolean demo) {
        return db.transaction(tx -> {
            List<CapacityItem> created = new ArrayList<>();
            for (CapacityItemInput row : rows) {
                created.add(insert(tx, municipalityId, row, demo));
            }
            return created;
        });
    }

    CapacityItem replace(String municipalityId, long id, ExpectedVersion expected, CapacityItemInput in) {
        return db.transaction(tx -> {
            row(tx, municipalityId, id).update(expected, "PHASE = ?, KIND = ?, TITLE = ?, DESCRIPTION = ?, RESPONSIBLE = ?, "
                    + "CONTACT = ?, STATUS = ?, NOTES = ?, UPDATED_AT = ?", in.phase(), in.kind(), in.title(), in.description(),
                    in.responsibleOrganisation(), in.contact(), in.status(), in.notes(), Instant.now());
            return get(tx, municipalityId, id);
        });
    }

    void delete(String municipalityId, long id, ExpectedVersion expected) {
        db.transaction(tx -> row(tx, municipalityId, id).delete(expected));
    }

    private static VersionedRow row(Transaction tx, String municipalityId, long id) {
        return tx.versionedRow(what(municipalityId, id), "CAPACITY_ITEM", "MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id);
    }

    private static CapacityItem insert(Transaction tx, String municipalityId, CapacityItemInput in, boolean demo)
            throws SQLException {
        Instant now = Instant.now();
        long id = tx.insert("INSERT INTO CAPACITY_ITEM (MUNICIPALITY_ID, PHASE, KIND, TITLE, DESCRIPTION, RESPONSIBLE, "
                + "CONTACT, STATUS, NOTES, DEMO, VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                municipalityId, in.phase(), in.kind(), in.title(), in.description(), in.responsibleOrganisation(),
                in.contact(), in.status(), in.notes(), demo, now, now);
        return get(tx, municipalityId, id);
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
                r.instant("CREATED_AT"), r.instant("UPDATED_AT"));
    }
}
