/**
 * Storage for platform bundles and plugins: each gets its own database schema in the one
 * embedded Derby database, migrated from SQL files it ships, and transactions over a pooled
 * connection.
 */
@Export
@Version("1.0.0")
package org.samverka.api.storage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
