/**
 * Regions and the municipalities they own, and which modules each has enabled. Plugins read
 * tenants through {@link org.samverka.api.tenant.TenantDirectory} and
 * {@link org.samverka.api.tenant.ModuleEnablement}; the platform owns their lifecycle.
 */
@Export
@Version("1.2.0")
package org.samverka.api.tenant;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
