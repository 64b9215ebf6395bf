package org.samverka.plugin.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MethodLibraryTest {

    private final MethodLibrary library = new MethodLibrary();

    @Test
    void theLibraryHoldsTheMethodsTheWorkNeedsInEveryLanguage() {
        assertTrue(library.methods().size() >= 20, "methods: " + library.methods().size());
        for (String id : List.of("map", "sketch", "decide", "prototype", "test", "how-might-we", "lightning-demos", "crazy-8s",
                "heat-map-vote", "straw-poll", "supervote", "dot-voting", "empathy-map", "journey-map", "user-interview",
                "stakeholder-map", "check-in", "check-out", "reflection", "double-check", "hot-seat")) {
            Method m = library.method(id).orElseThrow(() -> new AssertionError("missing " + id));
            for (String lang : List.of("en", "sv", "nb")) {
                assertFalse(m.name().get(lang).isBlank(), id + " name " + lang);
                assertFalse(m.purpose().get(lang).isBlank(), id + " purpose " + lang);
                assertFalse(m.steps().get(lang).isEmpty(), id + " steps " + lang);
                assertEquals(m.steps().get("en").size(), m.steps().get(lang).size(), id + " has as many steps in " + lang);
            }
            assertTrue(Set.of("DISCOVER", "DEFINE", "DEVELOP", "DELIVER", "ANY").contains(m.stage()), id);
            assertTrue(m.minMinutes() <= m.maxMinutes() && m.minPeople() <= m.maxPeople(), id);
        }
    }

    @Test
    void theHotSeatsFormatIsMarkedAsToBeConfirmed() {
        assertTrue(library.method("hot-seat").orElseThrow().formatToBeConfirmed());
        assertFalse(library.method("map").orElseThrow().formatToBeConfirmed());
        assertTrue(library.method("hot-seat").orElseThrow().purpose().get("sv").contains("Samverkas förslag"));
    }

    @Test
    void theTemplatesUseOnlyMethodsOfTheLibraryAndTheSprintFitsItsDays() {
        assertEquals(5, library.template("design-sprint").orElseThrow().days().size());
        assertEquals(4, library.template("design-sprint-4-day").orElseThrow().days().size());
        for (MethodLibrary.Template t : library.templates()) {
            for (WorkshopInput.Day day : t.days()) {
                day.blocks().forEach(b -> assertTrue(b.methodId() == null || library.method(b.methodId()).isPresent(),
                        t.id() + ": " + b.methodId()));
            }
            Schedule schedule = Schedule.of(t.days(), 0, library::method, new org.samverka.api.module.LocalizedText("Break", "Paus", "Pause"));
            assertEquals(List.of(), schedule.warnings(), t.id() + " is Samverka's suggestion and fits as shipped");
        }
    }
}
