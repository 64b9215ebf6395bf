package org.samverka.security.internal;

import java.time.Instant;

/**
 * A token as the API shows it. {@code secret} is present only in the answer to its creation.
 */
public record TokenView(String id, String name, String role, String scope, Instant createdAt, String createdBy,
        Instant expiresAt, boolean revoked, Instant revokedAt, String secret) {

    static TokenView of(Token t, String secret) {
        return new TokenView(t.id(), t.name(), t.role().id(), t.scope().toString(), t.createdAt(), t.createdBy(),
                t.expiresAt(), t.revoked(), t.revokedAt(), secret);
    }
}
