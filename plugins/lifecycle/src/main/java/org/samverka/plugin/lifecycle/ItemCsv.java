package org.samverka.plugin.lifecycle;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.samverka.api.export.SpreadsheetCells;
import org.samverka.api.rest.FieldError;
import org.samverka.api.rest.Validation;

/**
 * Capacity items as CSV (comma-separated, a header row, RFC 4180 quoting). Import reads every
 * row before anything is written and reports every bad row by its line number; export writes
 * text cells spreadsheet-safe, and import takes the safety apostrophe off again, so that what
 * was stored comes back exactly.
 */
final class ItemCsv {

    static final List<String> COLUMNS = List.of("phase", "kind", "title", "description", "responsibleOrganisation",
            "contact", "status", "notes", "catalogueEntryId");
    static final Set<String> REQUIRED = Set.of("phase", "kind", "title", "status");
    static final int MAX_ROWS = 5000;

    private ItemCsv() {
    }

    /** The rows, or the errors; never both. */
    record Parsed(List<CapacityItemInput> rows, List<FieldError> errors) {
    }

    static Parsed parse(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<FieldError> errors = new ArrayList<>();
        List<CapacityItemInput> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            Set<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).collect(Collectors.toCollection(java.util.TreeSet::new));
            List<String> unknown = header.keySet().stream().filter(c -> !COLUMNS.contains(c)).toList();
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                errors.add(new FieldError("line 1", "the header must name the columns " + String.join(",", COLUMNS)
                        + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
                        + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown))));
                return new Parsed(List.of(), errors);
            }
            LineNumbers lines = new LineNumbers(csv);
            for (CSVRecord record : parser) {
                long line = lines.lineOfRecordAt(record.getCharacterPosition());
                if (rows.size() + errors.size() >= MAX_ROWS) {
                    errors.add(new FieldError("line " + line, "a file may hold at most " + MAX_ROWS + " rows"));
                    break;
                }
                row(record, line, rows, errors);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(unreadable(e));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("file", "has a header but no rows"));
        }
        return errors.isEmpty() ? new Parsed(rows, List.of()) : new Parsed(List.of(), errors);
    }

    private static void row(CSVRecord record, long line, List<CapacityItemInput> rows, List<FieldError> errors) {
        if (!record.isConsistent()) {
            errors.add(new FieldError("line " + line, "has " + record.size() + " cells; the header has "
                    + record.getParser().getHeaderNames().size()));
            return;
        }
        List<FieldError> rowErrors = new ArrayList<>();
        Phase phase = enumValue(Phase.class, cell(record, "phase"), "phase", line, rowErrors);
        ItemKind kind = enumValue(ItemKind.class, cell(record, "kind"), "kind", line, rowErrors);
        ItemStatus status = enumValue(ItemStatus.class, cell(record, "status"), "status", line, rowErrors);
        Long entry = number(cell(record, "catalogueEntryId"), "catalogueEntryId", line, rowErrors);
        var check = new Validation();
        CapacityItemInput input = new CapacityItemInput(phase, kind, cell(record, "title"), cell(record, "description"),
                cell(record, "responsibleOrganisation"), cell(record, "contact"), status, cell(record, "notes"), entry);
        try {
            input = input.validated(check);
            check.throwIfInvalid();
        } catch (org.samverka.api.rest.ApiProblem problem) {
            problem.errors().stream()
                    .filter(e -> rowErrors.stream().noneMatch(r -> r.field().equals("line " + line + ", " + e.field())))
                    .forEach(e -> rowErrors.add(new FieldError("line " + line + ", " + e.field(), e.message())));
        }
        if (rowErrors.isEmpty()) {
            rows.add(input);
        } else {
            errors.addAll(rowErrors);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String column, long line, List<FieldError> errors) {
        if (text == null || text.isEmpty()) {
            errors.add(new FieldError("line " + line + ", " + column, "is required"));
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("line " + line + ", " + column, "must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    private static Long number(String text, String column, long line, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError("line " + line + ", " + column, "must be a whole number, or empty"));
            return null;
        }
    }

    private static String cell(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = SpreadsheetCells.restore(record.get(column));
        return value.isEmpty() ? null : value;
    }

    private static final Pattern PARSER_LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)|at line: (\\d+)");

    /**
     * What the parser found, in words a person with a spreadsheet can act on. The parser's own
     * message names its classes and is not for clients; only the line number is taken from it.
     */
    static FieldError unreadable(Exception e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        Matcher line = PARSER_LINE.matcher(message);
        String where = line.find() ? "line " + (line.group(1) != null ? line.group(1) : line.group(2)) : "file";
        if (message.contains("eof reached before encapsulated token finished")) {
            return new FieldError(where, "opens a quoted cell that is never closed: a cell that starts with \" must end with \"");
        }
        if (message.contains("between encapsulated token and delimiter")) {
            return new FieldError(where, "has text after a quoted cell's closing quote: write \"\" for a quote inside "
                    + "a quoted cell, and put a comma after the closing quote");
        }
        if (message.contains("duplicate name") || message.contains("header contains a duplicate")) {
            return new FieldError("line 1", "names a column twice");
        }
        return new FieldError(where, "is not valid CSV (comma-separated, with \" around cells that hold commas, quotes "
                + "or line breaks)");
    }

    static String format(List<CapacityItem> items) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (CapacityItem i : items) {
                printer.printRecord(i.phase(), i.kind(), safe(i.title()), safe(i.description()),
                        safe(i.responsibleOrganisation()), safe(i.contact()), i.status(), safe(i.notes()),
                        i.catalogueEntryId());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /** A text cell as a spreadsheet will open it safely: no formula runs (see {@link SpreadsheetCells}). */
    static String safe(String text) {
        return SpreadsheetCells.neutralise(text);
    }

    /**
     * Physical line numbers, as a spreadsheet shows them: a quoted cell may span lines and blank
     * lines are skipped, so a record's number is not its line.
     */
    static final class LineNumbers {
        private final String text;
        private final int[] lineStarts;

        LineNumbers(String text) {
            this.text = text;
            this.lineStarts = IntStream.concat(IntStream.of(0),
                    IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').map(i -> i + 1))
                    .toArray();
        }

        /** The 1-based line where the record starting at (or in the blank lines before) the position begins. */
        long lineOfRecordAt(long position) {
            int start = (int) Math.min(position, text.length());
            while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
                start++;
            }
            int found = Arrays.binarySearch(lineStarts, start);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }
}
