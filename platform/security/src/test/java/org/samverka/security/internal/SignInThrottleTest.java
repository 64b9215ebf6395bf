package org.samverka.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(3);
    private final Instant t0 = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void attemptsUpToTheAllowanceGoAhead() {
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.attempt("anna", t0).allowed());
        }
        SignInThrottle.Verdict fourth = throttle.attempt("anna", t0);
        assertEquals(Duration.ofSeconds(30), fourth.pause());
        assertTrue(fourth.firstOfPause());
    }

    @Test
    void thePauseHoldsThenDoublesAfterEachFurtherFailure() {
        for (int i = 0; i < 3; i++) {
            throttle.attempt("anna", t0);
        }
        assertEquals(Duration.ofSeconds(30), throttle.attempt("anna", t0).pause());
        SignInThrottle.Verdict during = throttle.attempt("anna", t0.plusSeconds(20));
        assertEquals(Duration.ofSeconds(10), during.pause());
        assertFalse(during.firstOfPause(), "a refusal during the pause is reported once");
        assertEquals(Duration.ofSeconds(60), throttle.attempt("anna", t0.plusSeconds(31)).pause());
        assertEquals(Duration.ofSeconds(120), throttle.attempt("anna", t0.plusSeconds(100)).pause());
    }

    @Test
    void thePauseNeverExceedsAQuarterOfAnHour() {
        Instant now = t0;
        SignInThrottle.Verdict last = null;
        for (int i = 0; i < 40; i++) {
            last = throttle.attempt("anna", now);
            now = now.plus(SignInThrottle.LONGEST_PAUSE).plusSeconds(1);
        }
        assertEquals(SignInThrottle.LONGEST_PAUSE, last.pause());
    }

    @Test
    void aSuccessClearsTheCountAndOtherNamesAreNotAffected() {
        for (int i = 0; i < 4; i++) {
            throttle.attempt("anna", t0);
        }
        assertFalse(throttle.attempt("anna", t0).allowed());
        assertTrue(throttle.attempt("bo", t0).allowed());
        throttle.succeeded("anna");
        assertTrue(throttle.attempt("anna", t0).allowed());
    }

    @Test
    void guessesSentInParallelGetNoMoreThanTheAllowance() throws Exception {
        int senders = 32;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger allowed = new AtomicInteger();
        for (int i = 0; i < senders; i++) {
            pool.submit(() -> {
                start.await();
                if (throttle.attempt("anna", t0).allowed()) {
                    allowed.incrementAndGet();
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(3, allowed.get());
    }
}
