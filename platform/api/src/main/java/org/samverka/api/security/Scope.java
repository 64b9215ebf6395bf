package org.samverka.api.security;

import java.util.Objects;
import java.util.Optional;

import org.samverka.api.tenant.TenantKind;

/**
 * Where a token applies: the whole platform, one region (with all its municipalities), or one
 * municipality. Written {@code platform}, {@code region:norrbotten}, {@code municipality:kiruna}.
 *
 * @param kind null for the platform
 * @param tenantId null for the platform
 */
public record Scope(TenantKind kind, String tenantId) {

    public static final Scope PLATFORM = new Scope(null, null);

    public Scope {
        if ((kind == null) != (tenantId == null)) {
            throw new IllegalArgumentException("a tenant scope needs both kind and id");
        }
    }

    public static Scope region(String regionId) {
        return new Scope(TenantKind.REGION, Objects.requireNonNull(regionId));
    }

    public static Scope municipality(String municipalityId) {
        return new Scope(TenantKind.MUNICIPALITY, Objects.requireNonNull(municipalityId));
    }

    public boolean isPlatform() {
        return kind == null;
    }

    /** Parses the written form; empty when it is not one. */
    public static Optional<Scope> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.equals("platform")) {
            return Optional.of(PLATFORM);
        }
        int colon = text.indexOf(':');
        if (colon < 1 || colon == text.length() - 1) {
            return Optional.empty();
        }
        String id = text.substring(colon + 1);
        return switch (text.substring(0, colon)) {
            case "region" -> Optional.of(region(id));
            case "municipality" -> Optional.of(municipality(id));
            default -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return isPlatform() ? "platform" : (kind == TenantKind.REGION ? "region:" : "municipality:") + tenantId;
    }
}
