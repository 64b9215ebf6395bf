package org.samverka.security.internal;

import jakarta.ws.rs.core.NewCookie;

/**
 * The session cookie: {@code HttpOnly} (scripts never see it), {@code SameSite=Lax} (other sites'
 * forms and scripts do not send it; a link followed from elsewhere, such as the way back from
 * single sign-on, does), {@code Secure} when the request came over HTTPS, and no lifetime of its
 * own: the browser drops it when it closes, the server ends it earlier by idle and absolute time.
 */
final class SessionCookie {

    static final String NAME = "samverka_session";
    /**
     * The name over HTTPS: browsers take a {@code __Host-} cookie only when it is Secure, for the
     * whole host and from the host itself, so a neighbouring subdomain cannot plant one.
     */
    static final String SECURE_NAME = "__Host-samverka_session";

    private SessionCookie() {
    }

    static NewCookie of(String secret, boolean secure) {
        return new NewCookie.Builder(secure ? SECURE_NAME : NAME).value(secret).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    /** A cookie that makes the browser forget the session at once. */
    static NewCookie cleared(boolean secure) {
        return new NewCookie.Builder(secure ? SECURE_NAME : NAME).value("").path("/").httpOnly(true).secure(secure).maxAge(0)
                .expiry(new java.util.Date(0)).sameSite(NewCookie.SameSite.LAX).build();
    }

    /** Whether to mark the cookie Secure, by {@code sessionCookieSecure} of the security configuration. */
    static boolean secure(String mode, java.net.URI requestUri, String forwardedProto) {
        return switch (mode == null ? "auto" : mode.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "always" -> true;
            case "never" -> false;
            default -> "https".equalsIgnoreCase(requestUri.getScheme()) || "https".equalsIgnoreCase(forwardedProto);
        };
    }
}
