package org.samverka.security.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.storage.SchemaAccess;
import org.slf4j.LoggerFactory;

/**
 * Signed-in browsers. The cookie holds a random secret; the database holds its SHA-256, the
 * person, the CSRF token and the times that end the session (idle and absolute). Each node
 * keeps what it read for a few seconds, so a request costs no database round trip, and reads
 * again after that: a person disabled or signed out on another node is out within
 * {@link #RECHECK} everywhere, at once on the node that did it.
 */
@Component(service = SessionStore.class, configurationPid = SecurityConfig.PID)
public final class SessionStore {

    static final Duration RECHECK = Duration.ofSeconds(10);
    /** The last-seen time is written at most this often: an idle limit in minutes does not need every request. */
    static final Duration TOUCH_EVERY = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A session and its person as this node last read them. */
    record SignedIn(String hash, Person person, String csrfToken, String method, Instant createdAt, Instant lastSeenAt,
            Instant expiresAt, Instant readAt) {

        Instant idleUntil(Duration idle) {
            Instant idleEnd = lastSeenAt.plus(idle);
            return idleEnd.isBefore(expiresAt) ? idleEnd : expiresAt;
        }
    }

    /** A new session: the secret for the cookie (shown once) and what it signs in. */
    record Created(String secret, SignedIn session) {
    }

    private final SchemaAccess db;
    private final Map<String, SignedIn> known = new ConcurrentHashMap<>();
    /**
     * When each person last changed or was signed out on this node: a session read before that is
     * read again, so that a request that read it a moment before the change cannot put it back.
     */
    private final Map<String, Instant> personChangedAt = new ConcurrentHashMap<>();
    /** Sessions ended on this node lately, for the same reason. */
    private final Map<String, Instant> endedAt = new ConcurrentHashMap<>();
    private final ScheduledExecutorService cleaner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "samverka-session-cleaner");
        t.setDaemon(true);
        return t;
    });
    private volatile SecurityConfig config;

    @Activate
    public SessionStore(@Reference PersonStore people, SecurityConfig config) {
        this.db = people.schema();
        this.config = config;
        cleaner.scheduleWithFixedDelay(this::removeEndedQuietly, 1, 10, TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        cleaner.shutdownNow();
    }

    private void removeEndedQuietly() {
        try {
            removeEnded(Instant.now());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(SessionStore.class).warn("Ended sessions could not be removed: {}", e.getMessage());
        }
    }

    @Modified
    void modified(SecurityConfig changed) {
        this.config = changed;
    }

    SecurityConfig config() {
        return config;
    }

    Duration idle() {
        return Duration.ofMinutes(Math.max(1, config.sessionIdleMinutes()));
    }

    Created create(Person person, String method, Instant now) {
        String secret = newSecret();
        String hash = TokenSecrets.hash(secret);
        String csrf = newSecret();
        Instant expires = now.plus(Duration.ofHours(Math.max(1, config.sessionAbsoluteHours())));
        db.transaction(tx -> tx.update("INSERT INTO PERSON_SESSION (ID, PERSON_ID, CSRF_TOKEN, METHOD, CREATED_AT, LAST_SEEN_AT, "
                + "EXPIRES_AT) VALUES (?, ?, ?, ?, ?, ?, ?)", hash, person.id(), csrf, method, now, now, expires));
        SignedIn session = new SignedIn(hash, person, csrf, method, now, now, expires, now);
        known.put(hash, session);
        return new Created(secret, session);
    }

    /** The live session of this cookie secret, its last-seen time moved on; empty when unknown, ended, idle too long, or the person disabled. */
    Optional<SignedIn> authenticate(String secret, Instant now) {
        String hash = TokenSecrets.hash(secret);
        if (endedAt.containsKey(hash)) {
            return Optional.empty();
        }
        SignedIn session = known.get(hash);
        if (session == null || now.isAfter(session.readAt().plus(RECHECK)) || changedSince(session)) {
            session = read(hash).orElse(null);
        }
        if (session == null || !live(session, now)) {
            known.remove(hash);
            return Optional.empty();
        }
        if (now.isAfter(session.lastSeenAt().plus(TOUCH_EVERY))) {
            db.transaction(tx -> tx.update("UPDATE PERSON_SESSION SET LAST_SEEN_AT = ? WHERE ID = ?", now, hash));
            session = new SignedIn(hash, session.person(), session.csrfToken(), session.method(), session.createdAt(), now,
                    session.expiresAt(), session.readAt());
        }
        known.put(hash, session);
        if (endedAt.containsKey(hash) || changedSince(session)) {
            // Ended or changed while this request read it: the change wins, from a read made after it.
            known.remove(hash);
            SignedIn fresh = endedAt.containsKey(hash) ? null : read(hash).orElse(null);
            return fresh != null && live(fresh, now) ? Optional.of(fresh) : Optional.empty();
        }
        return Optional.of(session);
    }

    private boolean live(SignedIn session, Instant now) {
        if (!now.isBefore(session.idleUntil(idle())) || session.person().disabled()) {
            end(session.hash());
            return false;
        }
        return true;
    }

    private boolean changedSince(SignedIn session) {
        Instant changed = personChangedAt.get(session.person().id());
        return changed != null && !session.readAt().isAfter(changed);
    }

    private record Stored(String personId, String csrfToken, String method, Instant createdAt, Instant lastSeenAt,
            Instant expiresAt) {
    }

    /** The session as stored; {@code readAt} is taken before the read, so a change during it counts as after it. */
    private Optional<SignedIn> read(String hash) {
        Instant now = Instant.now();
        return db.transaction(tx -> {
            Optional<Stored> stored = tx.first(r -> new Stored(r.text("PERSON_ID"), r.text("CSRF_TOKEN").strip(),
                    r.text("METHOD"), r.instant("CREATED_AT"), r.instant("LAST_SEEN_AT"), r.instant("EXPIRES_AT")),
                    "SELECT PERSON_ID, CSRF_TOKEN, METHOD, CREATED_AT, LAST_SEEN_AT, EXPIRES_AT FROM PERSON_SESSION WHERE ID = ?", hash);
            if (stored.isEmpty()) {
                return Optional.<SignedIn>empty();
            }
            Stored s = stored.get();
            return PersonStore.find(tx, s.personId()).map(p -> new SignedIn(hash, p, s.csrfToken(), s.method(), s.createdAt(),
                    s.lastSeenAt(), s.expiresAt(), now));
        });
    }

    void end(String hash) {
        endedAt.put(hash, Instant.now());
        known.remove(hash);
        db.transaction(tx -> tx.update("DELETE FROM PERSON_SESSION WHERE ID = ?", hash));
    }

    /** Signs a person out everywhere but, optionally, one session (the one that changed their password). */
    void endAllOf(String personId, String except) {
        personChangedAt.put(personId, Instant.now());
        known.values().removeIf(s -> s.person().id().equals(personId) && !s.hash().equals(except));
        db.transaction(tx -> tx.update("DELETE FROM PERSON_SESSION WHERE PERSON_ID = ? AND ID <> ?", personId,
                except == null ? "" : except));
    }

    /** A change to a person reaches their sessions on this node at once. */
    void personChanged(String personId) {
        personChangedAt.put(personId, Instant.now());
        known.values().removeIf(s -> s.person().id().equals(personId));
    }

    /**
     * Every ten minutes: sessions ended by time and single sign-ons never finished leave the
     * database, and what this node remembers of ended sessions and changed people is forgotten
     * once no cached read can be older.
     */
    void removeEnded(Instant now) {
        db.transaction(tx -> {
            tx.update("DELETE FROM OIDC_LOGIN WHERE CREATED_AT < ?", now.minus(OidcSignIn.PATIENCE));
            return tx.update("DELETE FROM PERSON_SESSION WHERE EXPIRES_AT < ? OR LAST_SEEN_AT < ?", now, now.minus(idle()));
        });
        known.values().removeIf(s -> !now.isBefore(s.idleUntil(idle())));
        Instant forgotten = now.minus(RECHECK.multipliedBy(6));
        endedAt.values().removeIf(t -> t.isBefore(forgotten));
        personChangedAt.values().removeIf(t -> t.isBefore(forgotten));
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
