package org.samverka.plugin.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An action that closes a white spot.
 *
 * @param overdue true while the action is open and its due date has passed
 * @param origin the module and decision the action came from; null for one a person created here
 */
public record CapacityAction(long id, String municipalityId, Phase phase, List<Long> itemIds, String title,
        String responsible, LocalDate dueDate, ActionStatus status, boolean overdue, Origin origin, long version,
        Instant createdAt, Instant updatedAt) {
}
