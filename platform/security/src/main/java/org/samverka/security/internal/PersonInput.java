package org.samverka.security.internal;

/**
 * A person as a client sends them. {@code password} only on creation (a person created without
 * one signs in through single sign-on or gets one from an admin later).
 */
record PersonInput(String username, String displayName, String email, String role, String scope, Boolean disabled,
        String language, String password) {
}
