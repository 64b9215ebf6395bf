package org.samverka.security.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * A signed-in session as its browser sees it: who, the CSRF token to send with every change,
 * and when it ends if left idle and at the latest. Never the cookie's secret.
 */
record SessionView(PersonView person, String csrfToken, String method, Instant signedInAt, Instant idleExpiresAt,
        Instant expiresAt) {

    static SessionView of(SessionStore.SignedIn s, Duration idle) {
        return new SessionView(PersonView.of(s.person()), s.csrfToken(), s.method(), s.createdAt(), s.idleUntil(idle),
                s.expiresAt());
    }
}
