package org.samverka.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: a username (known or not, so the answer tells nothing about which exist)
 * may have a number of failed sign-ins in a row; then it must pause, twice as long after each
 * further failure, up to a quarter of an hour. An attempt is counted before its password is
 * checked, atomically, so guesses sent in parallel cannot slip past the count while the slow
 * check runs; a success clears it. Held in memory per node: a restart forgets it, and with several
 * nodes each counts its own.
 */
final class SignInThrottle {

    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);
    /** Beyond this many usernames under watch, those quiet for longer than the longest pause are dropped. */
    private static final int MAX_WATCHED = 100_000;

    private record Attempts(int count, Instant pausedUntil, boolean pauseReported, Instant last) {
    }

    /** What may happen to an attempt: go ahead, or wait (and whether this is the first refusal of that pause). */
    record Verdict(Duration pause, boolean firstOfPause) {

        boolean allowed() {
            return pause == null;
        }
    }

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();
    private volatile int allowedFailures;

    SignInThrottle(int allowedFailures) {
        this.allowedFailures = Math.max(1, allowedFailures);
    }

    void allowedFailures(int allowed) {
        this.allowedFailures = Math.max(1, allowed);
    }

    /** Counts an attempt for the username before its password is checked; refuses it while the username pauses. */
    Verdict attempt(String username, Instant now) {
        if (attempts.size() > MAX_WATCHED) {
            attempts.values().removeIf(a -> a.last().isBefore(now.minus(LONGEST_PAUSE)));
        }
        Verdict[] verdict = new Verdict[1];
        attempts.compute(username, (name, old) -> {
            Attempts a = old == null ? new Attempts(0, null, false, now) : old;
            if (a.pausedUntil() != null && now.isBefore(a.pausedUntil())) {
                verdict[0] = new Verdict(Duration.between(now, a.pausedUntil()), !a.pauseReported());
                return new Attempts(a.count(), a.pausedUntil(), true, now);
            }
            int count = a.count() + 1;
            int beyond = count - allowedFailures;
            if (beyond <= 0) {
                verdict[0] = new Verdict(null, false);
                return new Attempts(count, null, false, now);
            }
            Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(beyond - 1, 10));
            if (pause.compareTo(LONGEST_PAUSE) > 0) {
                pause = LONGEST_PAUSE;
            }
            verdict[0] = new Verdict(pause, true);
            return new Attempts(count, now.plus(pause), true, now);
        });
        return verdict[0];
    }

    /** The attempt's password was right: the count starts again. */
    void succeeded(String username) {
        attempts.remove(username);
    }
}
