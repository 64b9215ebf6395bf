package org.samverka.example.notes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.VersionedRow;
import org.samverka.api.storage.Storage;

/** Notes in the module's own schema; every query is bound to one municipality. */
@Component(service = NoteStore.class)
public final class NoteStore {

    private static final String COLUMNS = "ID, MUNICIPALITY_ID, TEXT, VERSION, CREATED_AT, UPDATED_AT";

    private final SchemaAccess db;

    @Activate
    public NoteStore(@Reference Storage storage, BundleContext context) {
        // Creates schema NOTES and applies db/migration/V*.sql of this bundle, once per database.
        this.db = storage.schema(NotesModule.ID, context.getBundle());
    }

    List<Note> list(String municipalityId) {
        return db.inTransaction(c -> query(c, "SELECT " + COLUMNS + " FROM NOTE WHERE MUNICIPALITY_ID = ? ORDER BY ID",
                municipalityId));
    }

    Optional<Note> find(String municipalityId, long id) {
        return db.inTransaction(c -> query(c, "SELECT " + COLUMNS + " FROM NOTE WHERE MUNICIPALITY_ID = ? AND ID = ?",
                municipalityId, id)).stream().findFirst();
    }

    Note create(String municipalityId, NoteInput input) {
        return db.inTransaction(c -> {
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO NOTE (MUNICIPALITY_ID, TEXT, VERSION, "
                    + "CREATED_AT, UPDATED_AT) VALUES (?, ?, 1, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, municipalityId);
                insert.setString(2, input.text());
                insert.setTimestamp(3, now);
                insert.setTimestamp(4, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return find(c, municipalityId, keys.getLong(1));
                }
            }
        });
    }

    /** Changes the text if the note is still at a version the client read: a compare-and-set. */
    Note replace(String municipalityId, long id, ExpectedVersion expected, NoteInput input) {
        return db.inTransaction(c -> {
            row(c, municipalityId, id).update(expected, "TEXT = ?, UPDATED_AT = ?", input.text(), Timestamp.from(Instant.now()));
            return find(c, municipalityId, id);
        });
    }

    void delete(String municipalityId, long id, ExpectedVersion expected) {
        db.inTransaction(c -> {
            row(c, municipalityId, id).delete(expected);
            return null;
        });
    }

    /** The note as a versioned row: 404 when it is not the municipality's, 412 when it changed since the client read it. */
    private static VersionedRow row(Connection c, String municipalityId, long id) {
        return VersionedRow.of(c, "note " + id + " of municipality '" + municipalityId + "'", "NOTE",
                "MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id);
    }

    private static Note find(Connection c, String municipalityId, long id) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM NOTE WHERE MUNICIPALITY_ID = ? AND ID = ?",
                municipalityId, id).stream().findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Municipality '" + municipalityId + "' has no note " + id + "."));
    }

    private static List<Note> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                List<Note> notes = new ArrayList<>();
                while (rs.next()) {
                    notes.add(new Note(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant()));
                }
                return notes;
            }
        }
    }
}
