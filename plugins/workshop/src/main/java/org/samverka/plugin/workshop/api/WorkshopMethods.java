package org.samverka.plugin.workshop.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The methods of a region's workshop library, for another module to suggest. */
@ProviderType
public interface WorkshopMethods {

    /** The double-diamond stages a method has; {@code ANY} is facilitation that fits every stage. */
    List<String> STAGES = List.of("DISCOVER", "DEFINE", "DEVELOP", "DELIVER", "ANY");

    /**
     * The reference methods and the region's own that are of one of the given stages, in the
     * library's order.
     */
    List<MethodSummary> methods(String regionId, List<String> stages);
}
