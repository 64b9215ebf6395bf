package org.samverka.example.notes;

import java.time.Instant;

/** A note as the API shows it. */
public record Note(long id, String municipalityId, String text, long version, Instant createdAt, Instant updatedAt) {
}
