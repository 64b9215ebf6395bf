package ${package};

import java.sql.SQLException;
import java.time.Instant;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.Page;
import org.samverka.api.rest.Paging;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;
import org.samverka.api.storage.VersionedRow;

/** Entries in the module's own schema; every query is bound to one municipality. */
@Component(service = EntryStore.class)
public final class EntryStore {

    private final SchemaAccess db;

    @Activate
    public EntryStore(@Reference Storage storage, BundleContext context) {
        // The module's own schema, migrated from db/migration/V*.sql of this bundle, once per database.
        this.db = storage.schema(PluginModule.ID, context.getBundle());
    }

    Page<Entry> list(String municipalityId, Paging paging) {
        return db.transaction(tx -> Page.ofOneMore(tx.list(Entry.class, "SELECT * FROM ENTRY WHERE MUNICIPALITY_ID = ? ORDER BY ID"
                + paging.sqlWithOneMore(), municipalityId), paging,
                () -> tx.number("SELECT COUNT(*) FROM ENTRY WHERE MUNICIPALITY_ID = ?", municipalityId)));
    }

    /** @throws RowNotFoundException 404 when the municipality has no such entry */
    Entry get(String municipalityId, long id) {
        return db.transaction(tx -> get(tx, municipalityId, id));
    }

    Entry create(String municipalityId, EntryInput input) {
        Instant now = Instant.now();
        return db.transaction(tx -> get(tx, municipalityId, tx.insert("INSERT INTO ENTRY (MUNICIPALITY_ID, TITLE, RATING, "
                + "VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, 1, ?, ?)", municipalityId, input.title(), input.rating(),
                now, now)));
    }

    /** A compare-and-set: 412 when the entry changed since the client read it, 404 when it is gone. */
    Entry replace(String municipalityId, long id, ExpectedVersion expected, EntryInput input) {
        return db.transaction(tx -> {
            row(tx, municipalityId, id).update(expected, "TITLE = ?, RATING = ?, UPDATED_AT = ?", input.title(),
                    input.rating(), Instant.now());
            return get(tx, municipalityId, id);
        });
    }

    void delete(String municipalityId, long id, ExpectedVersion expected) {
        db.transaction(tx -> row(tx, municipalityId, id).delete(expected));
    }

    private static VersionedRow row(Transaction tx, String municipalityId, long id) {
        return tx.versionedRow(what(municipalityId, id), "ENTRY", "MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id);
    }

    private static Entry get(Transaction tx, String municipalityId, long id) throws SQLException {
        return tx.first(Entry.class, "SELECT * FROM ENTRY WHERE MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id)
                .orElseThrow(() -> new RowNotFoundException(what(municipalityId, id)));
    }

    private static String what(String municipalityId, long id) {
        return "entry " + id + " of municipality '" + municipalityId + "'";
    }
}
