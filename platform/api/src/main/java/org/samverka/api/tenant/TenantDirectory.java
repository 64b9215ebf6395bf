package org.samverka.api.tenant;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Read access to regions and municipalities. */
@ProviderType
public interface TenantDirectory {

    List<Region> regions();

    Optional<Region> region(String regionId);

    Optional<Municipality> municipality(String municipalityId);

    /** The region's municipalities ordered by name; empty when the region does not exist. */
    List<Municipality> municipalitiesOf(String regionId);
}
