package org.samverka.plugin.notes;

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

/** Notes in the module's own schema; every query is bound to one municipality. */
@Component(service = NoteStore.class)
public final class NoteStore {

    private final SchemaAccess db;

    @Activate
    public NoteStore(@Reference Storage storage, BundleContext context) {
        // Creates schema NOTES and applies db/migration/V*.sql of this bundle, once per database.
        this.db = storage.schema(NotesModule.ID, context.getBundle());
    }

    Page<Note> list(String municipalityId, Paging paging) {
        return db.transaction(tx -> Page.ofOneMore(tx.list(Note.class, "SELECT * FROM NOTE WHERE MUNICIPALITY_ID = ? ORDER BY ID"
                + paging.sqlWithOneMore(), municipalityId), paging,
                () -> tx.number("SELECT COUNT(*) FROM NOTE WHERE MUNICIPALITY_ID = ?", municipalityId)));
    }

    /** @throws RowNotFoundException 404 when the municipality has no such note */
    Note get(String municipalityId, long id) {
        return db.transaction(tx -> get(tx, municipalityId, id));
    }

    Note create(String municipalityId, NoteInput input) {
        Instant now = Instant.now();
        return db.transaction(tx -> get(tx, municipalityId, tx.insert("INSERT INTO NOTE (MUNICIPALITY_ID, TEXT, VERSION, "
                + "CREATED_AT, UPDATED_AT) VALUES (?, ?, 1, ?, ?)", municipalityId, input.text(), now, now)));
    }

    /** A compare-and-set: 412 when the note changed since the client read it, 404 when it is gone. */
    Note replace(String municipalityId, long id, ExpectedVersion expected, NoteInput input) {
        return db.transaction(tx -> {
            row(tx, municipalityId, id).update(expected, "TEXT = ?, UPDATED_AT = ?", input.text(), Instant.now());
            return get(tx, municipalityId, id);
        });
    }

    void delete(String municipalityId, long id, ExpectedVersion expected) {
        db.transaction(tx -> row(tx, municipalityId, id).delete(expected));
    }

    private static VersionedRow row(Transaction tx, String municipalityId, long id) {
        return tx.versionedRow(what(municipalityId, id), "NOTE", "MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id);
    }

    private static Note get(Transaction tx, String municipalityId, long id) throws SQLException {
        return tx.first(Note.class, "SELECT * FROM NOTE WHERE MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id)
                .orElseThrow(() -> new RowNotFoundException(what(municipalityId, id)));
    }

    private static String what(String municipalityId, long id) {
        return "note " + id + " of municipality '" + municipalityId + "'";
    }
}
