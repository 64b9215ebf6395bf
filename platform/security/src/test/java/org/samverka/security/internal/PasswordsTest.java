package org.samverka.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samverka.api.security.Role;
import org.samverka.api.security.Scope;

class PasswordsTest {

    private final Passwords passwords = new Passwords(10);

    @Test
    void aHashIsBcryptSaltedAndMatchesOnlyItsPassword() {
        String hash = passwords.hash("kiruna-snow-2026");
        assertTrue(hash.startsWith("$2b$10$"), hash);
        assertNotEquals(hash, passwords.hash("kiruna-snow-2026"), "a new salt each time");
        assertTrue(passwords.matches("kiruna-snow-2026", hash));
        assertFalse(passwords.matches("kiruna-snow-2027", hash));
        assertFalse(passwords.matches("kiruna-snow-2026", null), "nobody without a password signs in with one");
        assertFalse(passwords.matches(null, hash));
    }

    @Test
    void anUnknownNameIsCheckedAgainstAWellFormedDecoyOfTheConfiguredCost() {
        for (int cost : new int[] {10, 12}) {
            Passwords withCost = new Passwords(cost);
            assertEquals(withCost.hash("kiruna-snow-2026").substring(0, 7), withCost.decoy().substring(0, 7));
            assertEquals(60, withCost.decoy().length(), withCost.decoy());
            assertFalse(withCost.matches("hello", null), "checked, and no whatever the password");
        }
    }

    @Test
    void theCostStaysWithinItsBounds() {
        assertTrue(new Passwords(4).hash("kiruna-snow-2026").startsWith("$2b$10$"));
    }

    @Test
    void thePolicyNamesTheRuleNeverThePassword() {
        assertEquals(Optional.empty(), Passwords.problemWith("kiruna-snow-2026", "anna"));
        assertTrue(Passwords.problemWith("short", "anna").orElseThrow().contains("12"));
        assertTrue(Passwords.problemWith("x".repeat(73), "anna").orElseThrow().contains("72"));
        assertTrue(Passwords.problemWith("å".repeat(40), "anna").orElseThrow().contains("bytes"), "80 bytes in UTF-8");
        assertTrue(Passwords.problemWith("abababababababab", "anna").orElseThrow().contains("four"));
        assertTrue(Passwords.problemWith("my-name-is-ANNA-ok", "anna").orElseThrow().contains("username"));
        assertTrue(Passwords.problemWith(null, "anna").isPresent());
        assertFalse(Passwords.problemWith("short", "anna").orElseThrow().contains("short"));
    }

    @Test
    void aSessionEndsAtTheEarlierOfItsIdleAndAbsoluteEnds() {
        Instant t0 = Instant.parse("2026-12-06T08:00:00Z");
        Person p = new Person("id", "anna", "Anna", null, Role.VIEWER, Scope.municipality("kiruna"), null, null, null, null,
                false, null, null, t0, null, t0, 1, false);
        var active = new SessionStore.SignedIn("h", p, "c", "password", t0, t0.plusSeconds(3600), t0.plusSeconds(7200), t0);
        assertEquals(t0.plusSeconds(3600 + 1800), active.idleUntil(Duration.ofMinutes(30)));
        var late = new SessionStore.SignedIn("h", p, "c", "password", t0, t0.plusSeconds(7000), t0.plusSeconds(7200), t0);
        assertEquals(t0.plusSeconds(7200), late.idleUntil(Duration.ofMinutes(30)), "never beyond the absolute end");
    }
}
