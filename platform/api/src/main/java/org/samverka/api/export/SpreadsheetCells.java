package org.samverka.api.export;

/**
 * Text cells of a CSV export made safe to open in a spreadsheet, and made exact again on import.
 * A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * is a formula to Excel and LibreOffice: a value someone typed could run when an officer opens
 * the file. As OWASP advises, such a cell is written with a leading apostrophe, which the
 * spreadsheet shows as text and does not display. A cell that starts with an apostrophe already
 * gets one more, so that {@link #restore} gives back exactly what was stored.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** The cell as it goes into an export; null stays null. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return FORMULA_STARTS.indexOf(first) >= 0 || first == '\'' ? "'" + value : value;
    }

    /**
     * The value a cell of an imported file stands for: an export's apostrophe before a formula
     * character or another apostrophe is taken off; anything else is kept as it is.
     */
    public static String restore(String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
            return cell;
        }
        char second = cell.charAt(1);
        return FORMULA_STARTS.indexOf(second) >= 0 || second == '\'' ? cell.substring(1) : cell;
    }
}
