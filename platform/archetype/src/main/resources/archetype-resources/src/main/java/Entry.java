package ${package};

import java.time.Instant;

/** An entry as the API shows it; read from a row of ENTRY by name ({@code createdAt} is {@code CREATED_AT}). */
public record Entry(long id, String municipalityId, String title, int rating, long version, Instant createdAt,
        Instant updatedAt) {
}
