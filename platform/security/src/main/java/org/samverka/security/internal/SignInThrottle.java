package org.samverka.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after a number of failed sign-ins in a row for one username (known or
 * not, so the answer tells nothing about which exist), that username must wait, twice as long
 * after each further failure, up to a quarter of an hour. A success clears the count. Held in
 * memory per node: a restart forgets it, and with several nodes each counts its own.
 */
final class SignInThrottle {

    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);
    /** Beyond this many usernames under watch, the oldest entries are dropped (a flood of made-up names). */
    private static final int MAX_WATCHED = 100_000;

    private record Failures(int count, Instant pausedUntil, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private volatile int allowedFailures;

    SignInThrottle(int allowedFailures) {
        this.allowedFailures = Math.max(1, allowedFailures);
    }

    void allowedFailures(int allowed) {
        this.allowedFailures = Math.max(1, allowed);
    }

    /** How long the username must still wait before it may try again, if at all. */
    Optional<Duration> pause(String username, Instant now) {
        Failures f = failures.get(username);
        if (f == null || f.pausedUntil() == null || !now.isBefore(f.pausedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, f.pausedUntil()));
    }

    /** Counts a failure; returns the pause it starts, if any. */
    Optional<Duration> failed(String username, Instant now) {
        if (failures.size() > MAX_WATCHED) {
            failures.values().removeIf(f -> f.last().isBefore(now.minus(LONGEST_PAUSE)));
        }
        Failures f = failures.merge(username, new Failures(1, null, now),
                (old, one) -> new Failures(old.count() + 1, old.pausedUntil(), now));
        int beyond = f.count() - allowedFailures;
        if (beyond < 0) {
            return Optional.empty();
        }
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(beyond, 10));
        if (pause.compareTo(LONGEST_PAUSE) > 0) {
            pause = LONGEST_PAUSE;
        }
        failures.put(username, new Failures(f.count(), now.plus(pause), now));
        return Optional.of(pause);
    }

    void succeeded(String username) {
        failures.remove(username);
    }
}
