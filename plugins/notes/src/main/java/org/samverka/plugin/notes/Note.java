package org.samverka.plugin.notes;

import java.time.Instant;

/** A note as the API shows it; read from a row of NOTE by name ({@code createdAt} is {@code CREATED_AT}). */
public record Note(long id, String municipalityId, String text, long version, Instant createdAt, Instant updatedAt) {
}
