package org.samverka.security.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Which browser origins may call the API; none unless configured. A change of the configuration
 * is taken in place: the preflight check and the response filter read the same settings at
 * once, and the REST layer is not rebuilt (a rebuild would, for a moment, let one filter see the
 * new origins while the other still served with the old).
 */
@Component(service = CorsPolicy.class, configurationPid = SecurityConfig.PID)
@Designate(ocd = SecurityConfig.class)
public final class CorsPolicy {

    private record Settings(Set<String> allowedOrigins, int maxAgeSeconds) {
    }

    private volatile Settings settings;

    @Activate
    public CorsPolicy(SecurityConfig config) {
        modified(config);
    }

    @Modified
    void modified(SecurityConfig config) {
        // A .cfg file gives one comma-separated string; a .config file a real array. Take both.
        settings = new Settings(Arrays.stream(config.corsAllowedOrigins())
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .collect(Collectors.toUnmodifiableSet()), config.corsMaxAgeSeconds());
    }

    boolean allows(String origin) {
        return origin != null && settings.allowedOrigins().contains(origin);
    }

    int maxAgeSeconds() {
        return settings.maxAgeSeconds();
    }
}
