package org.example.surveys;

import java.time.Instant;

/** A survey as the API shows it, read from a row of SURVEY by name. */
public record Survey(long id, String municipalityId, String question, long version, Instant createdAt) {
}
