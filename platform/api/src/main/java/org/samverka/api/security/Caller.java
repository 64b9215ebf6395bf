package org.samverka.api.security;

/**
 * The authenticated caller of the current request.
 *
 * @param tokenId the id of the token used (never its secret)
 * @param tokenName the name given to the token when it was created
 */
public record Caller(String tokenId, String tokenName, Role role, Scope scope) {
}
