/**
 * Storage for platform bundles and plugins: each gets its own database schema in the one
 * embedded Derby database, migrated from SQL files it ships, and transactions over a pooled
 * connection. Every versioned change goes through {@link org.samverka.api.storage.VersionedRow}, a
 * compare-and-set; the exceptions here are what the platform turns into 404, 409, 412, 400 and
 * 503 answers, so a store never needs to know HTTP.
 */
@Export
@Version("1.2.0")
package org.samverka.api.storage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
