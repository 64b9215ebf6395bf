package org.samverka.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Limits on what a request may send and how fast, configured in {@code config/org.samverka.rest.cfg}. */
@ObjectClassDefinition(name = "Samverka REST limits")
public @interface RestConfig {

    String PID = "org.samverka.rest";

    @AttributeDefinition(description = "Largest request body in bytes; larger ones get 413.")
    long maxBodyBytes() default 1_048_576;

    @AttributeDefinition(description = "Slowest average pace, in bytes per second, at which a request body may "
            + "arrive once the grace period has passed; a slower one gets 408. 0 turns the check off.")
    long minBodyBytesPerSecond() default 512;

    @AttributeDefinition(description = "Seconds a request body may take before its pace is checked.")
    int bodyRateGraceSeconds() default 5;

    @AttributeDefinition(description = "Deepest nesting of JSON objects and arrays in a request body.")
    int maxJsonDepth() default 32;

    @AttributeDefinition(description = "Longest JSON string value in characters.")
    int maxJsonStringLength() default 100_000;
}
