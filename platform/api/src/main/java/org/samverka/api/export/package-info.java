/**
 * Files a module lets people download: CSV cells made safe to open in a spreadsheet
 * ({@link org.samverka.api.export.SpreadsheetCells}).
 */
@Export
@Version("1.0.0")
package org.samverka.api.export;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
