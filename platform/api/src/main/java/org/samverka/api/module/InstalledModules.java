package org.samverka.api.module;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The platform's registry of installed method modules. */
@ProviderType
public interface InstalledModules {

    /** Every installed module, ordered by id, active or not. */
    List<ModuleInfo> all();

    /** The installed module with this id, active or not. */
    Optional<ModuleInfo> find(String moduleId);

    /** True when the module with this id is installed and serving. */
    default boolean isActive(String moduleId) {
        return find(moduleId).map(m -> m.state() == ModuleState.ACTIVE).orElse(false);
    }
}
