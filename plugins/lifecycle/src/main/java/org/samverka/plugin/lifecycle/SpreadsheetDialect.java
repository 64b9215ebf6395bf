package org.samverka.plugin.lifecycle;

import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.samverka.api.rest.ApiProblem;

/**
 * How a CSV export is written for the spreadsheet that opens it. Swedish and Norwegian
 * spreadsheets write decimals with a comma and so split columns on semicolons; they also need a
 * UTF-8 byte-order mark to read "å" as UTF-8. Everyone else gets RFC 4180: commas, no mark.
 *
 * @param language the language of headers and labels
 */
record SpreadsheetDialect(String language, boolean excel) {

    /**
     * {@code ?format=excel} or {@code csv} when given; otherwise excel for any language but
     * English, since the plugin's other languages are read where the decimal mark is a comma.
     */
    static SpreadsheetDialect of(String format, String language) {
        if (format == null || format.isBlank()) {
            return new SpreadsheetDialect(language, !language.equals("en"));
        }
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "excel" -> new SpreadsheetDialect(language, true);
            case "csv" -> new SpreadsheetDialect(language, false);
            default -> throw ApiProblem.invalid("format", "must be excel (semicolons and a byte-order mark) or csv (commas)");
        };
    }

    CSVFormat csv(String... header) {
        return CSVFormat.RFC4180.builder().setDelimiter(excel ? ';' : ',').setCommentMarker('#').setHeader(header).get();
    }

    /** The text as sent: behind a byte-order mark for a spreadsheet. */
    String finish(String text) {
        return excel ? "\uFEFF" + text : text;
    }

    /** A label of the plugin in this dialect's language. */
    String label(String key) {
        return LifecycleLabels.LABELS.text(key).in(Locale.forLanguageTag(language));
    }
}
