package org.samverka.security.internal;

import java.time.Instant;

import org.samverka.api.security.Caller;
import org.samverka.api.security.Role;
import org.samverka.api.security.Scope;

/** A stored token; its secret exists only as {@code secretHash}. */
record Token(String id, String name, Role role, Scope scope, String secretHash, Instant createdAt, String createdBy,
        Instant expiresAt, boolean revoked, Instant revokedAt) {

    boolean isValidAt(Instant now) {
        return !revoked && (expiresAt == null || now.isBefore(expiresAt));
    }

    Caller caller() {
        return new Caller(id, name, role, scope);
    }

    Token revokedAt(Instant when) {
        return new Token(id, name, role, scope, secretHash, createdAt, createdBy, expiresAt, true, when);
    }
}
