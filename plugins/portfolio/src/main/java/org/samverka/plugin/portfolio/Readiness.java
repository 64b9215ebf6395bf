package org.samverka.plugin.portfolio;

import java.time.LocalDate;
import java.util.List;

/**
 * Readiness to continue without the programme lead, from the evidence: groups and meeting places
 * still meeting without the lead (a meeting in the last six months with the lead absent), roles
 * filled, and the time ratio (the municipality at least as much as the lead). READY when all three
 * hold, PARTLY when some do, NOT_YET when none. Pure logic.
 */
record Readiness(LocalDate assessedOn, LocalDate monthThirtySix, int circles, int circlesMeetingWithoutLead, int roles, int rolesFilled,
        Double timeRatio, List<String> evidenceMissing, String verdict) {

    static Readiness of(Portfolio.Programme programme, List<Continuity.Circle> circles, List<Continuity.Role> roles, LocalDate today) {
        LocalDate since = today.minusMonths(6);
        int meetingAlone = (int) circles.stream().filter(c -> c.meetings().stream()
                .anyMatch(m -> !m.leadPresent() && !m.heldOn().isBefore(since) && !m.heldOn().isAfter(today))).count();
        int filled = (int) roles.stream().filter(r -> r.filledBy() != null && !r.filledBy().isBlank()).count();
        Double ratio = programme.ledger().ratio();
        List<String> missing = new java.util.ArrayList<>();
        if (meetingAlone == 0) {
            missing.add("NO_GROUP_MEETING_WITHOUT_LEAD");
        }
        if (roles.isEmpty() || filled < roles.size()) {
            missing.add("ROLES_NOT_FILLED");
        }
        if (ratio == null || ratio < 1.0) {
            missing.add("TIME_BELOW_REQUIREMENT");
        }
        String verdict = missing.isEmpty() ? "READY" : missing.size() == 3 ? "NOT_YET" : "PARTLY";
        return new Readiness(today, programme.endsOn(), circles.size(), meetingAlone, roles.size(), filled, ratio, missing, verdict);
    }
}
