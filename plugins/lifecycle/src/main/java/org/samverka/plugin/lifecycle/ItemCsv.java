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

    static final List<String> COLUMNS = List.of("id", "version", "phase", "kind", "title", "description",
            "responsibleOrganisation", "contact", "status", "notes", "catalogueEntryId");
    static final Set<String> REQUIRED = Set.of("phase", "kind", "title", "status");
    static final int MAX_ROWS = 5000;

    private ItemCsv() {
    }

    /**
     * One row of a file: an item to add, or with {@code id} the item to update (at {@code version}
     * when the row gives one, else whatever version it is at).
     */
    record Row(long line, Long id, Long version, CapacityItemInput item) {
    }

    /** The rows, or the errors; never both. */
    record Parsed(List<Row> rows, List<FieldError> errors) {
    }

    static Parsed parse(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = csv.lines().filter(l -> !l.startsWith("#")).findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(true).setCommentMarker('#').get();
        List<FieldError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            Map<String, String> columns = new java.util.HashMap<>();
            List<String> unknown = new ArrayList<>();
            for (String name : parser.getHeaderNames()) {
                String column = column(name);
                if (column == null) {
                    unknown.add(name);
                } else {
                    columns.put(column, name);
                }
            }
            Set<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                errors.add(new FieldError("line 1", "the header must name the columns " + String.join(",", COLUMNS)
                        + " (or their names in Swedish or Norwegian)"
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
                row(record, columns, line, rows, errors);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(unreadable(e));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("file", "has a header but no rows"));
        }
        return errors.isEmpty() ? new Parsed(rows, List.of()) : new Parsed(List.of(), errors);
    }

    /** The column a header names, in any language the plugin has labels in; null when none. */
    private static String column(String header) {
        for (String column : COLUMNS) {
            if (matches(header, column, "csv.column." + column)) {
                return column;
            }
        }
        return null;
    }

    /** Whether the text is the id or, in any language, the label. */
    private static boolean matches(String text, String id, String labelKey) {
        String t = text.strip();
        return t.equalsIgnoreCase(id) || t.replace(' ', '_').equalsIgnoreCase(id)
                || LifecycleLabels.LABELS.text(labelKey).values().stream().anyMatch(t::equalsIgnoreCase);
    }

    private static void row(CSVRecord record, Map<String, String> columns, long line, List<Row> rows,
            List<FieldError> errors) {
        if (!record.isConsistent()) {
            errors.add(new FieldError("line " + line, "has " + record.size() + " cells; the header has "
                    + record.getParser().getHeaderNames().size()));
            return;
        }
        List<FieldError> rowErrors = new ArrayList<>();
        Phase phase = enumValue(Phase.class, cell(record, columns, "phase"), "phase", line, rowErrors);
        ItemKind kind = enumValue(ItemKind.class, cell(record, columns, "kind"), "kind", line, rowErrors);
        ItemStatus status = enumValue(ItemStatus.class, cell(record, columns, "status"), "status", line, rowErrors);
        Long entry = number(cell(record, columns, "catalogueEntryId"), "catalogueEntryId", line, rowErrors);
        Long id = number(cell(record, columns, "id"), "id", line, rowErrors);
        Long version = number(cell(record, columns, "version"), "version", line, rowErrors);
        if (version != null && id == null) {
            rowErrors.add(new FieldError("line " + line + ", version", "belongs to a row with an id"));
        }
        var check = new Validation();
        CapacityItemInput input = new CapacityItemInput(phase, kind, cell(record, columns, "title"),
                cell(record, columns, "description"), cell(record, columns, "responsibleOrganisation"),
                cell(record, columns, "contact"), status, cell(record, columns, "notes"), entry);
        try {
            input = input.validated(check);
            check.throwIfInvalid();
        } catch (org.samverka.api.rest.ApiProblem problem) {
            problem.errors().stream()
                    .filter(e -> rowErrors.stream().noneMatch(r -> r.field().equals("line " + line + ", " + e.field())))
                    .forEach(e -> rowErrors.add(new FieldError("line " + line + ", " + e.field(), e.message())));
        }
        if (rowErrors.isEmpty()) {
            rows.add(new Row(line, id, version, input));
        } else {
            errors.addAll(rowErrors);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String column, long line, List<FieldError> errors) {
        if (text == null || text.isEmpty()) {
            errors.add(new FieldError("line " + line + ", " + column, "is required"));
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (matches(text, value.name(), labelKey(value))) {
                return value;
            }
        }
        errors.add(new FieldError("line " + line + ", " + column, "must be one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                + " (or its name in Swedish or Norwegian)"));
        return null;
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

    /** The key of an enum value's label: {@code phase.WELCOME.name}, {@code status.IN_PLACE}. */
    static String labelKey(Enum<?> value) {
        return value instanceof Phase ? "phase." + value.name() + ".name"
                : (value instanceof ItemKind ? "kind." : "status.") + value.name();
    }

    private static String cell(CSVRecord record, Map<String, String> columns, String column) {
        String name = columns.get(column);
        if (name == null || !record.isMapped(name) || !record.isSet(name)) {
            return null;
        }
        String value = SpreadsheetCells.restore(record.get(name));
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
        return format(items, new SpreadsheetDialect("en", false));
    }

    /**
     * Every item with its id and version, so that the file edited and imported again updates
     * them; in English the header and values are ids, in other languages labels. A comment line
     * above the header says when the file holds example data.
     */
    static String format(List<CapacityItem> items, SpreadsheetDialect dialect) {
        boolean english = dialect.language().equals("en");
        String[] header = COLUMNS.stream().map(c -> english ? c : dialect.label("csv.column." + c)).toArray(String[]::new);
        StringWriter out = new StringWriter();
        if (items.stream().anyMatch(CapacityItem::demo)) {
            out.append("# ").append(dialect.label("csv.example").replace("{0}", items.stream().filter(CapacityItem::demo)
                    .map(i -> String.valueOf(i.id())).collect(Collectors.joining(" ")))).append("\r\n");
        }
        try (CSVPrinter printer = new CSVPrinter(out, dialect.csv(header))) {
            for (CapacityItem i : items) {
                printer.printRecord(i.id(), i.version(), value(i.phase(), dialect), value(i.kind(), dialect),
                        safe(i.title()), safe(i.description()), safe(i.responsibleOrganisation()), safe(i.contact()),
                        value(i.status(), dialect), safe(i.notes()), i.catalogueEntryId());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return dialect.finish(out.toString());
    }

    private static String value(Enum<?> value, SpreadsheetDialect dialect) {
        return dialect.language().equals("en") ? value.name() : dialect.label(labelKey(value));
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
