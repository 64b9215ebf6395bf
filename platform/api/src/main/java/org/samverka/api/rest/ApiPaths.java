package org.samverka.api.rest;

/**
 * Paths of the REST API. Resources declare paths relative to {@link #BASE}; a municipality-scoped
 * module uses {@code @Path(ApiPaths.MUNICIPALITY + "/" + MODULE_ID)}, and the platform answers
 * 404 before the resource is called when the tenant does not exist or has not enabled the module.
 */
public final class ApiPaths {

    /** Where every resource is served. */
    public static final String BASE = "/api/v1";

    /** Path parameter naming a municipality. */
    public static final String MUNICIPALITY_ID = "municipalityId";

    /** Path parameter naming a region. */
    public static final String REGION_ID = "regionId";

    /** Prefix of a municipality's resources. */
    public static final String MUNICIPALITY = "municipalities/{" + MUNICIPALITY_ID + "}";

    /** Prefix of a region's resources. */
    public static final String REGION = "regions/{" + REGION_ID + "}";

    private ApiPaths() {
    }
}
