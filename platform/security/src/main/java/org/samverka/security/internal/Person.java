package org.samverka.security.internal;

import java.time.Instant;

import org.samverka.api.security.Caller;
import org.samverka.api.security.Role;
import org.samverka.api.security.Scope;

/**
 * A person who signs in; the password exists only as {@code passwordHash} (null: single sign-on
 * only). {@code roleFromClaims}: the role and scope came from the provider's claims and go with them.
 */
record Person(String id, String username, String displayName, String email, Role role, Scope scope, String passwordHash,
        Instant passwordChangedAt, String ssoIssuer, String ssoSubject, boolean disabled, String language,
        Instant lastSignInAt, Instant createdAt, String createdBy, Instant updatedAt, long version, boolean roleFromClaims) {

    /** The prefix that tells a person's caller id from a token's in the audit trail. */
    static final String CALLER_PREFIX = "person:";

    Caller caller() {
        return new Caller(CALLER_PREFIX + id, username, role, scope);
    }

    static boolean isPerson(Caller caller) {
        return caller.tokenId().startsWith(CALLER_PREFIX);
    }

    static String idOf(Caller caller) {
        return caller.tokenId().substring(CALLER_PREFIX.length());
    }
}
