/**
 * What a method plugin is. A plugin registers one {@link org.samverka.api.module.MethodModule}
 * service describing itself; the platform lists it, lets tenants enable it, and routes
 * {@code /api/v1/municipalities/{id}/{moduleId}/...} (or the region form) to the plugin's JAX-RS
 * resources only where it is enabled.
 */
@Export
@Version("1.2.0")
package org.samverka.api.module;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
