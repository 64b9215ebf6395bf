package org.example.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NpsTest {

    @Test
    void noAnswersHaveNoScore() {
        Nps nps = Nps.of(new long[11]);
        assertEquals(0, nps.answers());
        assertNull(nps.score());
    }

    @Test
    void promotersLessDetractorsInPercentagePoints() {
        long[] counts = new long[11];
        counts[10] = 2; // promoters
        counts[9] = 1;
        counts[8] = 1; // passive
        counts[6] = 2; // detractors
        counts[0] = 1;
        Nps nps = Nps.of(counts);
        assertEquals(7, nps.answers());
        assertEquals(3, nps.promoters());
        assertEquals(1, nps.passives());
        assertEquals(3, nps.detractors());
        assertEquals(0.0, nps.score());
    }

    @Test
    void roundedToOneDecimal() {
        long[] counts = new long[11];
        counts[9] = 2;
        counts[7] = 1;
        assertEquals(66.7, Nps.of(counts).score());
    }
}
