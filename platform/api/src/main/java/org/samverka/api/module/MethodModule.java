package org.samverka.api.module;

import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.framework.FrameworkUtil;

/**
 * A method plugin's description of itself, registered as an OSGi service (one per plugin).
 *
 * <p>The platform serves the module's tenant-scoped endpoints only for tenants that have the
 * module enabled, and lists it in {@code GET /api/v1/modules}.
 */
@ConsumerType
public interface MethodModule {

    /** Service property a plugin may set to the module id, so that filters can select it. */
    String MODULE_ID_PROPERTY = "samverka.module.id";

    /**
     * Stable identifier in kebab-case ({@code lifecycle}, {@code workshop-toolkit}); never
     * translated, never changed once data exists, and the path segment of the module's endpoints.
     */
    String id();

    /**
     * Human-readable name in English, Swedish, Norwegian Bokmål and any other language the
     * plugin ships, read from its resource files with {@link Labels}.
     */
    LocalizedText name();

    /** One or two sentences on what the method is for, in the same languages as the name. */
    LocalizedText description();

    /** The practice or source the method comes from, e.g. "Region Norrbotten, receiving capacity". */
    String practice();

    /** Whether the module's data belongs to municipalities or to regions. */
    TenantScope scope();

    /** The module version; by default the version of the bundle that registers the service. */
    default String version() {
        var bundle = FrameworkUtil.getBundle(getClass());
        return bundle == null ? "0.0.0" : bundle.getVersion().toString();
    }
}
