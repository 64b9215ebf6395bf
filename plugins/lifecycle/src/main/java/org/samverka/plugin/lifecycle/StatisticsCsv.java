package org.samverka.plugin.lifecycle;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.samverka.api.rest.FieldError;
import org.samverka.api.tenant.Municipality;

/**
 * Yearly population figures from a file in the shape the statistics databases of SCB (and SSB)
 * export: a title line or two, a header row naming {@code region}, then either one row per place
 * and variable with a column per year (PxWeb's default) or one row per place and year with a
 * column per variable. Semicolons, commas or tabs; the charset is the caller's concern. Places are
 * named as SCB names them, "2580 Luleå": matched to the region's municipalities by code, else by
 * name. Variables are recognised by their Swedish, Norwegian or English names; derived ones
 * (folkökning, flyttningsöverskott, …) and totals are left out, since Samverka derives them.
 */
final class StatisticsCsv {

    /** What a variable of the file holds. */
    enum Component {
        POPULATION, BORN, DIED, IN_FROM_COUNTY, IN_FROM_COUNTRY, IN_FROM_ABROAD, OUT_TO_COUNTY, OUT_TO_COUNTRY,
        OUT_TO_ABROAD, ADJUSTMENT
    }

    static final int MAX_RECORDS = 50_000;

    /** A place of the file: its code (may be null), its name, the line it first appears on, its figures by year. */
    record Place(String code, String name, long line, Map<Integer, Map<Component, Integer>> years) {
    }

    /** What the file holds: places below county level, the totals and unknown variables left out, or the errors. */
    record Parsed(List<Place> places, List<String> skippedTotals, List<String> ignoredVariables, List<FieldError> errors) {
    }

    /** The inputs per municipality id, the places that matched none, or the errors. */
    record Matched(Map<String, List<PopulationYear.Input>> byMunicipality, List<String> unknownPlaces,
            List<FieldError> errors) {
    }

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern CODED_PLACE = Pattern.compile("(\\d{2,4})\\s+(.+)");
    private static final Set<String> YEAR_HEADERS = Set.of("år", "ar", "year", "årstall", "tid", "time");

    private StatisticsCsv() {
    }

    static Parsed parse(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(csv)).setTrim(true).setIgnoreEmptyLines(true)
                .get();
        List<FieldError> errors = new ArrayList<>();
        Map<String, Place> places = new LinkedHashMap<>();
        Set<String> totals = new LinkedHashSet<>();
        Set<String> ignored = new LinkedHashSet<>();
        ItemCsv.LineNumbers lines = new ItemCsv.LineNumbers(csv);
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            Layout layout = null;
            int records = 0;
            for (CSVRecord record : parser) {
                long line = lines.lineOfRecordAt(record.getCharacterPosition());
                if (++records > MAX_RECORDS) {
                    errors.add(new FieldError("line " + line, "a file may hold at most " + MAX_RECORDS + " rows"));
                    break;
                }
                if (layout == null) {
                    layout = Layout.of(record, line, ignored, errors);
                    if (!errors.isEmpty()) {
                        break;
                    }
                } else if (record.size() > 1 || !record.get(0).isEmpty()) {
                    layout.read(record, line, places, totals, ignored, errors);
                }
            }
            if (layout == null && errors.isEmpty()) {
                errors.add(new FieldError("file", "has no header row naming the column 'region' (or 'kommun')"));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(ItemCsv.unreadable(e));
        }
        if (errors.isEmpty() && places.isEmpty()) {
            errors.add(new FieldError("file", "holds no figures for a municipality"));
        }
        return errors.isEmpty() ? new Parsed(List.copyOf(places.values()), List.copyOf(totals), List.copyOf(ignored),
                List.of()) : new Parsed(List.of(), List.of(), List.of(), errors);
    }

    /**
     * Matches places to the region's municipalities and checks each year holds every required
     * figure. A place that matches none is an error unless {@code skipUnknown}.
     */
    static Matched match(Parsed parsed, List<Municipality> municipalities, boolean skipUnknown, String source) {
        List<FieldError> errors = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Map<String, List<PopulationYear.Input>> byMunicipality = new TreeMap<>();
        for (Place place : parsed.places()) {
            Municipality m = municipalities.stream().filter(c -> place.code() != null && place.code().equals(c.code()))
                    .findFirst()
                    .or(() -> municipalities.stream().filter(c -> plain(c.name()).equals(plain(place.name()))).findFirst())
                    .orElse(null);
            String shown = place.code() == null ? place.name() : place.code() + " " + place.name();
            if (m == null) {
                unknown.add(shown);
                if (!skipUnknown) {
                    errors.add(new FieldError("line " + place.line(), "'" + shown + "' is not a municipality of this "
                            + "region (matched by code, else by name); send ?skipUnknown=true to leave such places out"));
                }
                continue;
            }
            for (var year : place.years().entrySet()) {
                Map<Component, Integer> f = year.getValue();
                List<String> lacking = new ArrayList<>();
                for (Component required : List.of(Component.BORN, Component.DIED, Component.IN_FROM_COUNTRY,
                        Component.IN_FROM_ABROAD, Component.OUT_TO_COUNTRY, Component.OUT_TO_ABROAD)) {
                    if (f.get(required) == null) {
                        lacking.add(fieldName(required));
                    }
                }
                if (!lacking.isEmpty()) {
                    errors.add(new FieldError("line " + place.line(), "'" + shown + "' " + year.getKey() + " lacks "
                            + String.join(", ", lacking) + " (born, died, moves in and out from the rest of the country "
                            + "and abroad are needed to count the net change)"));
                    continue;
                }
                byMunicipality.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(new PopulationYear.Input(year.getKey(),
                        f.get(Component.POPULATION), f.get(Component.BORN), f.get(Component.DIED),
                        f.get(Component.IN_FROM_COUNTY), f.get(Component.IN_FROM_COUNTRY), f.get(Component.IN_FROM_ABROAD),
                        f.get(Component.OUT_TO_COUNTY), f.get(Component.OUT_TO_COUNTRY), f.get(Component.OUT_TO_ABROAD),
                        f.get(Component.ADJUSTMENT), source));
            }
        }
        return errors.isEmpty() ? new Matched(byMunicipality, unknown, List.of()) : new Matched(Map.of(), unknown, errors);
    }

    /** The field of {@link PopulationYear} a component fills. */
    static String fieldName(Component c) {
        String[] words = c.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    /**
     * The component a variable's label names, or null for one Samverka derives or does not use.
     * Recognised in Swedish (SCB), Norwegian (SSB) and English.
     */
    static Component component(String label) {
        String l = plain(label);
        if (hasAny(l, "överskott", "overskott", "netto", "surplus", "excess", "balanse", "ökning", "okning", "tilvekst",
                "increase", "growth", "net ", "samtliga", "totalt")) {
            return null;
        }
        if (hasAny(l, "folkmängd", "folkemengd", "population")) {
            return Component.POPULATION;
        }
        if (hasAny(l, "född", "fodda", "fødte", "birth")) {
            return Component.BORN;
        }
        if (hasAny(l, "död", "doda", "døde", "death")) {
            return Component.DIED;
        }
        if (hasAny(l, "juster", "adjust")) {
            return Component.ADJUSTMENT;
        }
        if (hasAny(l, "invandr", "innvandr", "immigra")) {
            return Component.IN_FROM_ABROAD;
        }
        if (hasAny(l, "utvandr", "emigra")) {
            return Component.OUT_TO_ABROAD;
        }
        boolean in = hasAny(l, "inflytt", "innflytt", "in-migra", "moved in", "in-move");
        boolean out = hasAny(l, "utflytt", "out-migra", "moved out", "out-move");
        if (in == out) {
            return null;
        }
        if (hasAny(l, "inom länet", "egna länet", "eget län", "within the county", "own county", "same county",
                "eget fylke", "innad i fylke", "inom lanet", "egna lanet")) {
            return in ? Component.IN_FROM_COUNTY : Component.OUT_TO_COUNTY;
        }
        if (hasAny(l, "utlandet", "abroad", "utlandet")) {
            return in ? Component.IN_FROM_ABROAD : Component.OUT_TO_ABROAD;
        }
        if (hasAny(l, "övriga", "ovriga", "other", "rest of", "andre fylke", "innenlands", "resten")) {
            return in ? Component.IN_FROM_COUNTRY : Component.OUT_TO_COUNTRY;
        }
        return null;
    }

    private static boolean hasAny(String text, String... parts) {
        for (String part : parts) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, composed, without " kommun(e)": how names are compared. */
    static String plain(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
        for (String suffix : List.of(" kommune", " kommun")) {
            if (t.endsWith(suffix)) {
                return t.substring(0, t.length() - suffix.length());
            }
        }
        return t;
    }

    private static char delimiter(String csv) {
        String head = csv.length() > 4000 ? csv.substring(0, 4000) : csv;
        if (head.indexOf(';') >= 0) {
            return ';';
        }
        return head.indexOf('\t') >= 0 ? '\t' : ',';
    }

    /** Where the place, the variable or the year and the figures are, once the header row is found. */
    private static final class Layout {
        private final int placeColumn;
        private final int yearColumn;
        private final int variableColumn;
        private final Map<Integer, Integer> yearOfColumn = new TreeMap<>();
        private final Map<Integer, Component> componentOfColumn = new TreeMap<>();
        private final int width;

        private Layout(int placeColumn, int yearColumn, int variableColumn, int width) {
            this.placeColumn = placeColumn;
            this.yearColumn = yearColumn;
            this.variableColumn = variableColumn;
            this.width = width;
        }

        /** The layout the record names, or null when it is not the header row (a title line). */
        static Layout of(CSVRecord record, long line, Set<String> ignored, List<FieldError> errors) {
            int place = -1;
            int year = -1;
            List<Integer> yearColumns = new ArrayList<>();
            List<Integer> others = new ArrayList<>();
            for (int i = 0; i < record.size(); i++) {
                String cell = plain(record.get(i));
                if (place < 0 && (cell.startsWith("region") || cell.equals("kommun") || cell.equals("kommune")
                        || cell.equals("municipality"))) {
                    place = i;
                } else if (YEAR.matcher(cell).matches()) {
                    yearColumns.add(i);
                } else if (YEAR_HEADERS.contains(cell)) {
                    year = i;
                } else {
                    others.add(i);
                }
            }
            if (place < 0) {
                return null;
            }
            if (!yearColumns.isEmpty()) {
                if (others.size() != 1) {
                    errors.add(new FieldError("line " + line, "a header with a column per year needs exactly one more "
                            + "column, the variable (such as 'förändringar'); export the table with totals for every "
                            + "other variable (such as kön)"));
                    return null;
                }
                Layout layout = new Layout(place, -1, others.get(0), record.size());
                yearColumns.forEach(i -> layout.yearOfColumn.put(i, Integer.valueOf(plain(record.get(i)))));
                return layout;
            }
            if (year < 0) {
                errors.add(new FieldError("line " + line, "the header names neither years (2023;2024) nor a column "
                        + "'år' (year)"));
                return null;
            }
            Layout layout = new Layout(place, year, -1, record.size());
            for (int i : others) {
                Component c = component(record.get(i));
                if (c == null) {
                    ignored.add(record.get(i));
                } else {
                    layout.componentOfColumn.put(i, c);
                }
            }
            return layout;
        }

        void read(CSVRecord record, long line, Map<String, Place> places, Set<String> totals, Set<String> ignored,
                List<FieldError> errors) {
            if (record.size() == 1) {
                return; // a footnote under the table
            }
            if (record.size() != width) {
                errors.add(new FieldError("line " + line, "has " + record.size() + " cells; the header has " + width));
                return;
            }
            String placeCell = record.get(placeColumn);
            Matcher coded = CODED_PLACE.matcher(placeCell);
            String code = coded.matches() ? coded.group(1) : null;
            String name = coded.matches() ? coded.group(2).strip() : placeCell.strip();
            if (code != null && code.length() < 4 || code == null && isTotal(name)) {
                totals.add(placeCell);
                return;
            }
            Place place = places.computeIfAbsent(code == null ? plain(name) : code,
                    k -> new Place(code, name, line, new TreeMap<>()));
            if (yearColumn < 0) {
                Component c = component(record.get(variableColumn));
                if (c == null) {
                    ignored.add(record.get(variableColumn));
                    return;
                }
                for (var column : yearOfColumn.entrySet()) {
                    put(place, column.getValue(), c, record, column.getKey(), line, errors);
                }
            } else {
                String yearCell = plain(record.get(yearColumn));
                if (!YEAR.matcher(yearCell).matches()) {
                    errors.add(new FieldError("line " + line, "'" + record.get(yearColumn) + "' is not a year"));
                    return;
                }
                for (var column : componentOfColumn.entrySet()) {
                    put(place, Integer.parseInt(yearCell), column.getValue(), record, column.getKey(), line, errors);
                }
            }
        }

        private static void put(Place place, int year, Component c, CSVRecord record, int column, long line,
                List<FieldError> errors) {
            String cell = record.get(column).replaceAll("[\\s\u00a0\u202f]", "").replace('\u2212', '-')
                    .replace('\u2011', '-').replace('\u2013', '-');
            if (cell.isEmpty() || cell.equals("..") || cell.equals(".") || cell.equals("-")) {
                return;
            }
            try {
                int value = Integer.parseInt(cell);
                if (value < 0 && c != Component.ADJUSTMENT) {
                    errors.add(new FieldError("line " + line, fieldName(c) + " of " + year + " must be 0 or more"));
                    return;
                }
                place.years().computeIfAbsent(year, y -> new EnumMap<>(Component.class)).put(c, value);
            } catch (NumberFormatException e) {
                errors.add(new FieldError("line " + line, "'" + record.get(column) + "' (" + year + ") is not a whole "
                        + "number, nor '..' for a missing figure"));
            }
        }

        private static boolean isTotal(String name) {
            String n = plain(name);
            return n.equals("riket") || n.equals("sverige") || n.equals("norge") || n.equals("hele landet")
                    || n.endsWith(" län") || n.endsWith(" fylke") || n.equals("totalt") || n.equals("total");
        }
    }
}
