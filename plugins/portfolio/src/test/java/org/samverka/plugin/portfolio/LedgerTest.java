package org.samverka.plugin.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LedgerTest {

    @Test
    void theMunicipalityPuttingInLessThanTheLeadIsBelowTheRequirement() {
        Ledger.Summary s = Ledger.of(List.of(new Ledger.Month("2026-01", 40, 40), new Ledger.Month("2026-02", 20, 40)));
        assertEquals(0.75, s.ratio());
        assertTrue(s.belowRequirement());
    }

    @Test
    void asMuchAsTheLeadMeetsItAndNoHoursHaveNoRatio() {
        assertFalse(Ledger.of(List.of(new Ledger.Month("2026-01", 30, 30))).belowRequirement());
        assertEquals(1.0, Ledger.of(List.of(new Ledger.Month("2026-01", 30, 30))).ratio());
        assertNull(Ledger.of(List.of()).ratio());
        assertFalse(Ledger.of(List.of()).belowRequirement());
        assertEquals(0.67, Ledger.of(List.of(new Ledger.Month("2026-01", 20, 30))).ratio());
    }
}
