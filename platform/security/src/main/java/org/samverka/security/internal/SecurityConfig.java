package org.samverka.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code config/org.samverka.security.cfg}. */
@ObjectClassDefinition(name = "Samverka security")
public @interface SecurityConfig {

    String PID = "org.samverka.security";

    @AttributeDefinition(description = "Browser origins allowed to call the API (CORS), e.g. https://app.region.se; "
            + "empty: none, CORS is off.")
    String[] corsAllowedOrigins() default {};

    @AttributeDefinition(description = "How long browsers may cache a CORS preflight answer, in seconds.")
    int corsMaxAgeSeconds() default 600;

    @AttributeDefinition(description = "A signed-in person is signed out after this many minutes without a request.")
    int sessionIdleMinutes() default 30;

    @AttributeDefinition(description = "A signed-in person is signed out this many hours after signing in, however active.")
    int sessionAbsoluteHours() default 12;

    @AttributeDefinition(description = "Whether the session cookie is marked Secure: 'auto' when the request came over "
            + "HTTPS (also as X-Forwarded-Proto from a proxy in front), 'always', or 'never' (local tests only).")
    String sessionCookieSecure() default "auto";

    @AttributeDefinition(description = "bcrypt cost for people's passwords (10-16; each step doubles the work).")
    int passwordHashCost() default 12;

    @AttributeDefinition(description = "Failed sign-ins in a row a username may have before it must pause (30 s, doubling, up to 15 min).")
    int signInFailuresBeforePause() default 5;
}
