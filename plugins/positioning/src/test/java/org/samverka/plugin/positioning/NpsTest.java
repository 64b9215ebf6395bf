package org.samverka.plugin.positioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NpsTest {

    private static long[] counts(int... perScore) {
        long[] c = new long[11];
        for (int s = 0; s < perScore.length; s++) {
            c[s] = perScore[s];
        }
        return c;
    }

    @Test
    void noAnswersHaveNoScoreAndNoMargin() {
        Nps nps = Nps.of(new long[11], 30);
        assertEquals(0, nps.n());
        assertNull(nps.score());
        assertNull(nps.marginOfError());
        assertTrue(nps.lowN());
    }

    @Test
    void allPromotersScoreOneHundredWithNoMargin() {
        Nps nps = Nps.of(counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 30), 30);
        assertEquals(100.0, nps.score());
        assertEquals(0.0, nps.marginOfError());
        assertFalse(nps.lowN());
    }

    @Test
    void sevenAndEightArePassive() {
        Nps nps = Nps.of(counts(0, 0, 0, 0, 0, 0, 0, 5, 5), 1);
        assertEquals(10, nps.passives());
        assertEquals(0.0, nps.score());
    }

    @Test
    void aHundredAnswersGiveTheScoreAndTheMarginOfError() {
        // 40 promoters, 35 passives, 25 detractors: NPS 15; margin 1.96·√((0.4+0.25−0.0225)/100)·100 = 15.5296… → 15.5
        Nps nps = Nps.of(counts(5, 0, 0, 5, 5, 5, 5, 20, 15, 20, 20), 30);
        assertEquals(100, nps.n());
        assertEquals(40, nps.promoters());
        assertEquals(25, nps.detractors());
        assertEquals(15.0, nps.score());
        assertEquals(15.5, nps.marginOfError());
    }

    @Test
    void theScoreIsRoundedHalfUpToOneDecimal() {
        // 1 promoter, 0 detractors of 3: 33.333… → 33.3; 2 of 3: 66.666… → 66.7
        assertEquals(33.3, Nps.of(counts(0, 0, 0, 0, 0, 0, 0, 2, 0, 1), 1).score());
        assertEquals(66.7, Nps.of(counts(0, 0, 0, 0, 0, 0, 0, 1, 0, 2), 1).score());
        assertEquals(-12.5, Nps.of(counts(1, 0, 0, 0, 0, 0, 0, 7), 1).score());
    }

    @Test
    void fewAnswersCarryAWarning() {
        assertTrue(Nps.of(counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 29), 30).lowN());
        assertFalse(Nps.of(counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30), 30).lowN());
    }
}
