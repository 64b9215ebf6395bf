package org.samverka.api.security;

import java.util.Arrays;
import java.util.Optional;

/** What a token may do, from most to least powerful. */
public enum Role {
    /** Everything, including tenants and tokens anywhere. Scope: the platform. */
    PLATFORM_ADMIN("platform-admin"),
    /** Its region and all its municipalities: data, module enablement, tokens. Scope: one region. */
    REGION_ADMIN("region-admin"),
    /** Reads and writes module data within its scope. */
    EDITOR("editor"),
    /** Reads within its scope. */
    VIEWER("viewer");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** The name used in the API, e.g. {@code region-admin}. */
    public String id() {
        return id;
    }

    public static Optional<Role> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    /** True when this role can do everything the other can. */
    public boolean includes(Role other) {
        return ordinal() <= other.ordinal();
    }
}
