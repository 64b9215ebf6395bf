package org.samverka.plugin.notes;

import java.sql.SQLException;
import java.time.Instant;

import org.samverka.api.storage.Row;

/** A note as the API shows it. */
public record Note(long id, String municipalityId, String text, long version, Instant createdAt, Instant updatedAt) {

    /** The note in a row of the NOTE table. */
    static Note of(Row row) throws SQLException {
        return new Note(row.number("ID"), row.text("MUNICIPALITY_ID"), row.text("TEXT"), row.number("VERSION"),
                row.instant("CREATED_AT"), row.instant("UPDATED_AT"));
    }
}
