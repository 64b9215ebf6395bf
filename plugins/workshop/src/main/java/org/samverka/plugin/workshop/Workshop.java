package org.samverka.plugin.workshop;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.samverka.api.module.LocalizedText;

/**
 * A workshop as the API shows it: what was planned, and the agenda computed from it — every
 * block's start and end, the warnings, the time per double-diamond stage and in breaks, the
 * materials the methods need. A municipality's workshop has its {@code municipalityId}; a region's
 * joint workshop has none, and names the participating {@code municipalities}. {@code focusItem}
 * is the lifecycle item {@code focusItemId} names, while the lifecycle module is there.
 */
public record Workshop(long id, String municipalityId, String regionId, List<String> municipalities, String title, String goal,
        String focusPhase, Long focusItemId, FocusItems.FocusItem focusItem, String location,
        String timeZone, String facilitator, String decider, List<WorkshopInput.Participant> participants,
        List<Schedule.ScheduledDay> days, List<Schedule.Warning> warnings, Map<String, Integer> minutesByStage, int breakMinutes,
        List<LocalizedText> materials, long version, Instant createdAt, Instant updatedAt) {
}
