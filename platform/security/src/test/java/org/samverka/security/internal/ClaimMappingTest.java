package org.samverka.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samverka.api.security.Role;
import org.samverka.api.security.Scope;

class ClaimMappingTest {

    private final ClaimMapping mapping = new ClaimMapping(new String[] {
        "kiruna-viewers=viewer@municipality:kiruna",
        "kiruna-editors=editor@municipality:kiruna",
        " norrbotten-admins = region-admin@region:norrbotten ",
        "it=platform-admin@platform"});

    @Test
    void theMostPowerfulMatchWins() {
        assertEquals(Optional.of(new ClaimMapping.Grant(Role.EDITOR, Scope.municipality("kiruna"))),
                mapping.grantFor(List.of("kiruna-viewers", "kiruna-editors")));
        assertEquals(Role.REGION_ADMIN, mapping.grantFor(List.of("kiruna-editors", "norrbotten-admins")).orElseThrow().role());
        assertEquals(Role.PLATFORM_ADMIN, mapping.grantFor(List.of("it")).orElseThrow().role());
    }

    @Test
    void oneCommaSeparatedLineOfACfgFileHoldsSeveral() {
        ClaimMapping fromCfg = new ClaimMapping(new String[] {"a=viewer@municipality:kiruna, b=editor@municipality:kiruna"});
        assertEquals(Role.EDITOR, fromCfg.grantFor(List.of("a", "b")).orElseThrow().role());
        assertTrue(fromCfg.problems().isEmpty());
    }

    @Test
    void noMatchGrantsNothing() {
        assertEquals(Optional.empty(), mapping.grantFor(List.of("lulea-editors")));
        assertEquals(Optional.empty(), mapping.grantFor(List.of()));
    }

    @Test
    void linesThatDoNotParseAreReportedNotGuessed() {
        ClaimMapping bad = new ClaimMapping(new String[] {"x=boss@platform", "y=editor", "z=region-admin@municipality:kiruna", "",
            "ok=viewer@region:norrbotten"});
        assertEquals(3, bad.problems().size());
        assertTrue(bad.grantFor(List.of("ok")).isPresent());
        assertTrue(bad.grantFor(List.of("x", "y", "z")).isEmpty());
    }
}
