package org.samverka.plugin.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReadinessTest {

    private static final LocalDate TODAY = LocalDate.of(2028, 12, 1);

    private static Portfolio.Programme programme(double municipality, double lead) {
        return new Portfolio.Programme(1, "lulea", "p", null, LocalDate.of(2026, 1, 1), 36, 6, LocalDate.of(2026, 7, 1), LocalDate.of(2029, 1, 1),
                Ledger.of(List.of(new Ledger.Month("2026-01", municipality, lead))), 1, Instant.EPOCH, Instant.EPOCH);
    }

    private static Continuity.Circle circle(LocalDate heldOn, boolean lead) {
        return new Continuity.Circle(1, 1, "Innovationsgruppen", "GROUP", null, List.of(new Continuity.Meeting(1, heldOn, 8, lead)), 1,
                Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void groupsMeetingAloneRolesFilledAndEnoughTimeMeanReady() {
        Readiness r = Readiness.of(programme(50, 40), List.of(circle(LocalDate.of(2028, 10, 1), false)),
                List.of(new Continuity.Role("Innovationsledare", "Kim")), TODAY);
        assertEquals("READY", r.verdict());
        assertEquals(1, r.circlesMeetingWithoutLead());
        assertEquals(LocalDate.of(2029, 1, 1), r.monthThirtySix());
    }

    @Test
    void aGroupThatOnlyMeetsWithTheLeadOrLongAgoDoesNotCount() {
        Readiness withLead = Readiness.of(programme(50, 40), List.of(circle(LocalDate.of(2028, 10, 1), true)),
                List.of(new Continuity.Role("Innovationsledare", "Kim")), TODAY);
        assertEquals("PARTLY", withLead.verdict());
        assertEquals(List.of("NO_GROUP_MEETING_WITHOUT_LEAD"), withLead.evidenceMissing());
        Readiness longAgo = Readiness.of(programme(10, 40), List.of(circle(LocalDate.of(2027, 1, 1), false)),
                List.of(new Continuity.Role("Innovationsledare", null)), TODAY);
        assertEquals("NOT_YET", longAgo.verdict());
        assertEquals(List.of("NO_GROUP_MEETING_WITHOUT_LEAD", "ROLES_NOT_FILLED", "TIME_BELOW_REQUIREMENT"), longAgo.evidenceMissing());
    }
}
