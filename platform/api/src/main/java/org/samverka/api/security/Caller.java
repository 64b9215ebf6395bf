package org.samverka.api.security;

/**
 * The authenticated caller of the current request: a token, or a person signed in from a browser,
 * with the same role and scope rules for both.
 *
 * @param tokenId the id of the token used (never its secret), or {@code person:<id>} for a person
 *        signed in (at most 64 characters)
 * @param tokenName the name given to the token when it was created, or the person's username
 */
public record Caller(String tokenId, String tokenName, Role role, Scope scope) {
}
