package org.samverka.api.tenant;

/** The two kinds of tenant, named as their collection appears in API paths. */
public enum TenantKind {
    REGION("regions"),
    MUNICIPALITY("municipalities");

    private final String pathSegment;

    TenantKind(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    /** The first path segment under {@code /api/v1} of this kind's resources. */
    public String pathSegment() {
        return pathSegment;
    }
}
