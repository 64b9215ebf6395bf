package org.samverka.security.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/** Which browser origins may call the API; none unless configured. */
@Component(service = CorsPolicy.class, configurationPid = SecurityConfig.PID)
@Designate(ocd = SecurityConfig.class)
public final class CorsPolicy {

    private final Set<String> allowedOrigins;
    private final int maxAgeSeconds;

    @Activate
    public CorsPolicy(SecurityConfig config) {
        // A .cfg file gives one comma-separated string; a .config file a real array. Take both.
        this.allowedOrigins = Arrays.stream(config.corsAllowedOrigins())
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.maxAgeSeconds = config.corsMaxAgeSeconds();
    }

    boolean allows(String origin) {
        return origin != null && allowedOrigins.contains(origin);
    }

    int maxAgeSeconds() {
        return maxAgeSeconds;
    }
}
