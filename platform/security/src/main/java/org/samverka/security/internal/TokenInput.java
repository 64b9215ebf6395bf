package org.samverka.security.internal;

import java.time.Instant;

/** A token as a client asks for it. */
public record TokenInput(String name, String role, String scope, Instant expiresAt) {
}
