package org.samverka.plugin.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class TestGridTest {

    private final Prototype welcome = new Prototype(1, 1, "haparanda", "A welcome web page", "In-movers find a contact in week one",
            "In-movers from other EU countries", "WELCOME", null, List.of("Would you use it?", "Is it clear who to call?"),
            List.of("Finds the page", "Reads the offer", "Books a meeting", "Gets a reply"), null, 1, Instant.EPOCH, Instant.EPOCH);

    private static Prototype.Session session(String code, List<String> answers, List<String> reactions) {
        return new Prototype.Session(1, 1, code, "Germany", null, null, "WELCOME", null, true, null, null, answers, reactions, 1,
                Instant.EPOCH);
    }

    @Test
    void fiveTestersMakeAPatternWhereThreeShareAReaction() {
        List<Prototype.Session> five = List.of(
                session("T1", List.of("YES", "YES"), List.of("POSITIVE", "POSITIVE", "NEGATIVE", "POSITIVE")),
                session("T2", List.of("YES", "MAYBE"), List.of("POSITIVE", "NEUTRAL", "NEGATIVE", "POSITIVE")),
                session("T3", List.of("YES", "YES"), List.of("POSITIVE", "POSITIVE", "NEGATIVE", "NEUTRAL")),
                session("T4", List.of("MAYBE", "YES"), List.of("NEUTRAL", "POSITIVE", "POSITIVE", "POSITIVE")),
                session("T5", List.of("YES", "YES"), List.of("POSITIVE", "POSITIVE", "NEUTRAL", "POSITIVE")));
        TestGrid grid = TestGrid.of(welcome, five);
        assertEquals(5, grid.sessions());
        assertEquals(3, grid.steps().get(2).counts().get("NEGATIVE"));
        assertTrue(grid.patterns().contains("3 of 5 reacted negative at step 3 (Books a meeting)"), grid.patterns().toString());
        assertTrue(grid.patterns().contains("4 of 5 answered yes to question 1 (Would you use it?)"), grid.patterns().toString());
        assertEquals("VALIDATED", grid.suggestedSummary());
    }

    @Test
    void oneQuestionMostAnswerNoToInvalidatesAndAMixIsInconclusive() {
        var no = List.of(session("T1", List.of("YES", "NO"), List.of()), session("T2", List.of("YES", "NO"), List.of()),
                session("T3", List.of("NO", "YES"), List.of()));
        assertEquals("INVALIDATED", TestGrid.of(welcome, no).suggestedSummary());
        var mixed = List.of(session("T1", List.of("YES", "MAYBE"), List.of()), session("T2", List.of("YES", "YES"), List.of()),
                session("T3", List.of("MAYBE", "MAYBE"), List.of()), session("T4", List.of("YES", "NO"), List.of()));
        assertEquals("INCONCLUSIVE", TestGrid.of(welcome, mixed).suggestedSummary());
        assertNull(TestGrid.of(welcome, List.of()).suggestedSummary());
    }
}
