/**
 * Files a module lets people download: CSV cells made safe to open in a spreadsheet
 * ({@link org.samverka.api.export.SpreadsheetCells}); since 1.1 reports written once as
 * Markdown or HTML ({@link org.samverka.api.export.ReportDocument}).
 */
@Export
@Version("1.1.0")
package org.samverka.api.export;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
