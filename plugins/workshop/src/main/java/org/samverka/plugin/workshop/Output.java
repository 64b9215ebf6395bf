package org.samverka.plugin.workshop;

import java.time.Instant;

/**
 * Something that came out of a workshop. {@code kind}: {@code NOTE}, {@code IDEA} (with its dot
 * votes and whether the decider gave it the supervote), {@code INSIGHT} or {@code DECISION}
 * (with the path of the lifecycle action it became, once it has).
 */
public record Output(long id, long workshopId, String municipalityId, String kind, String text, String phase, int dots,
        boolean supervote, String actionPath, long version, Instant createdAt, Instant updatedAt) {

    static final java.util.Set<String> KINDS = java.util.Set.of("NOTE", "IDEA", "INSIGHT", "DECISION");
}
