package org.samverka.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(3);
    private final Instant t0 = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void failuresUpToTheAllowanceDoNotPause() {
        assertEquals(Optional.empty(), throttle.failed("anna", t0));
        assertEquals(Optional.empty(), throttle.failed("anna", t0));
        assertEquals(Optional.empty(), throttle.pause("anna", t0));
    }

    @Test
    void thePauseStartsAtTheAllowanceAndDoublesAfterEachFurtherFailure() {
        throttle.failed("anna", t0);
        throttle.failed("anna", t0);
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.failed("anna", t0));
        assertEquals(Optional.of(Duration.ofSeconds(10)), throttle.pause("anna", t0.plusSeconds(20)));
        assertEquals(Optional.empty(), throttle.pause("anna", t0.plusSeconds(30)));
        assertEquals(Optional.of(Duration.ofSeconds(60)), throttle.failed("anna", t0.plusSeconds(31)));
        assertEquals(Optional.of(Duration.ofSeconds(120)), throttle.failed("anna", t0.plusSeconds(100)));
    }

    @Test
    void thePauseNeverExceedsAQuarterOfAnHour() {
        Optional<Duration> last = Optional.empty();
        for (int i = 0; i < 40; i++) {
            last = throttle.failed("anna", t0);
        }
        assertEquals(Optional.of(SignInThrottle.LONGEST_PAUSE), last);
    }

    @Test
    void aSuccessClearsTheCountAndOtherNamesAreNotAffected() {
        throttle.failed("anna", t0);
        throttle.failed("anna", t0);
        throttle.failed("anna", t0);
        assertTrue(throttle.pause("anna", t0).isPresent());
        assertEquals(Optional.empty(), throttle.pause("bo", t0));
        throttle.succeeded("anna");
        assertEquals(Optional.empty(), throttle.pause("anna", t0));
        assertEquals(Optional.empty(), throttle.failed("anna", t0));
    }
}
