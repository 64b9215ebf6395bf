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
}
