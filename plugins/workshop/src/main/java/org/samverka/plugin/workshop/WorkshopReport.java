package org.samverka.plugin.workshop;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.samverka.api.export.HtmlReport;
import org.samverka.api.export.MarkdownReport;
import org.samverka.api.export.ReportDocument;

/**
 * The workshop report: the plan, the agenda day by day, the ideas in the order the votes give,
 * insights, decisions, notes, and every prototype with its test grid; headings and words in the
 * reader's language. Participants appear only as a count by sector: the report is shared, and
 * names are personal data that need not travel with it.
 */
final class WorkshopReport {

    /** A prototype with the grid of its tests. */
    record Tested(Prototype prototype, TestGrid grid) {
    }

    private static final List<String> STEP_MARKS = List.of("POSITIVE", "NEUTRAL", "NEGATIVE");
    private static final List<String> ANSWERS = List.of("YES", "MAYBE", "NO");

    private final String language;
    private final Locale locale;

    WorkshopReport(String language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
    }

    /** 200 {@code text/markdown} ({@code format} "markdown") or {@code text/html} ("html"); 400 for another format. */
    static jakarta.ws.rs.core.Response response(Workshop workshop, List<Output> outputs, List<Tested> tested, String format,
            String language) {
        if (!format.equals("markdown") && !format.equals("html")) {
            throw org.samverka.api.rest.ApiProblem.invalid("format", "must be 'markdown' or 'html'");
        }
        boolean html = format.equals("html");
        ReportDocument doc = html ? new HtmlReport(language, workshop.title()) : new MarkdownReport();
        String text = new WorkshopReport(language).write(doc, workshop, outputs, tested);
        return jakarta.ws.rs.core.Response.ok(text, (html ? "text/html" : "text/markdown") + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"workshop-" + workshop.id() + "-report." + (html ? "html" : "md") + "\"")
                .header("Content-Language", language).build();
    }

    String write(ReportDocument doc, Workshop w, List<Output> outputs, List<Tested> prototypes) {
        doc.heading(1, w.title());
        if (w.goal() != null) {
            doc.paragraph(w.goal());
        }
        doc.facts(List.of(new String[] {label("report.focus"), w.focusPhase() == null ? null : label("phase." + w.focusPhase())},
                new String[] {label("report.location"), w.location()}, new String[] {label("report.facilitator"), w.facilitator()},
                new String[] {label("report.decider"), w.decider()}, new String[] {label("report.participants"), participants(w)}));
        agenda(doc, w);
        List<Output> ideas = Ranking.ideas(outputs);
        doc.heading(2, label("report.ideas"));
        items(doc, true, ideas.stream().map(i -> i.text() + " (" + WorkshopModule.LABELS.format("report.dots", i.dots()).get(language)
                + (i.supervote() ? "; " + label("report.supervote") : "") + ")").toList());
        doc.heading(2, label("report.insights"));
        items(doc, false, outputs.stream().filter(o -> o.kind().equals("INSIGHT"))
                .map(o -> o.phase() == null ? o.text() : o.text() + " (" + label("phase." + o.phase()) + ")").toList());
        doc.heading(2, label("report.decisions"));
        items(doc, false, outputs.stream().filter(o -> o.kind().equals("DECISION"))
                .map(o -> o.actionPath() == null ? o.text() : o.text() + " (" + label("report.becameAction") + ")").toList());
        doc.heading(2, label("report.notes"));
        items(doc, false, outputs.stream().filter(o -> o.kind().equals("NOTE")).map(Output::text).toList());
        doc.heading(2, label("report.prototypes"));
        if (prototypes.isEmpty()) {
            doc.paragraph(label("report.none"));
        }
        for (Tested t : prototypes) {
            prototype(doc, t);
        }
        return doc.text();
    }

    private void agenda(ReportDocument doc, Workshop w) {
        doc.heading(2, label("report.agenda"));
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        for (Schedule.ScheduledDay day : w.days()) {
            doc.heading(3, WorkshopModule.LABELS.format("report.day", day.day()).get(language) + ": " + date.format(day.date()) + ", "
                    + day.start() + "–" + day.end());
            List<List<String>> rows = new ArrayList<>();
            for (Schedule.ScheduledBlock b : day.blocks()) {
                String name = b.name().in(locale) + (b.note() == null ? "" : " — " + b.note());
                rows.add(List.of(b.start() + "–" + b.end(), name, String.valueOf(b.minutes())));
            }
            doc.table(List.of(label("report.time"), label("report.block"), label("report.minutes")), rows);
        }
    }

    private void prototype(ReportDocument doc, Tested t) {
        Prototype p = t.prototype();
        doc.heading(3, p.what());
        doc.facts(List.of(new String[] {label("report.hypothesis"), p.hypothesis()},
                new String[] {label("report.targetGroup"), p.targetGroup()},
                new String[] {label("report.sessions"), WorkshopModule.LABELS.format("report.participantsCount", t.grid().sessions())
                        .get(language)},
                new String[] {label("report.verdict"), label("summary." + (p.summary() == null ? "NONE" : p.summary()))},
                new String[] {label("report.suggested"), label("summary." + (t.grid().suggestedSummary() == null ? "NONE"
                        : t.grid().suggestedSummary()))}));
        grid(doc, label("report.step"), t.grid().steps(), STEP_MARKS);
        grid(doc, label("report.question"), t.grid().questions(), ANSWERS);
    }

    private void grid(ReportDocument doc, String what, List<TestGrid.Line> lines, List<String> marks) {
        if (lines.isEmpty()) {
            return;
        }
        List<String> header = new ArrayList<>(List.of(what));
        marks.forEach(m -> header.add(label("mark." + m)));
        List<List<String>> rows = new ArrayList<>();
        for (TestGrid.Line line : lines) {
            List<String> row = new ArrayList<>(List.of(line.position() + ". " + line.text()));
            marks.forEach(m -> row.add(String.valueOf(line.counts().getOrDefault(m, 0))));
            rows.add(row);
        }
        doc.table(header, rows);
    }

    private String participants(Workshop w) {
        if (w.participants().isEmpty()) {
            return null;
        }
        Map<String, Integer> bySector = new TreeMap<>();
        w.participants().forEach(p -> {
            if (p.sector() != null) {
                bySector.merge(p.sector(), 1, Integer::sum);
            }
        });
        StringBuilder s = new StringBuilder(WorkshopModule.LABELS.format("report.participantsCount", w.participants().size()).get(language));
        if (!bySector.isEmpty()) {
            List<String> parts = new ArrayList<>();
            bySector.forEach((sector, n) -> parts.add(n + " " + label("sector." + sector)));
            s.append(" (").append(String.join(", ", parts)).append(')');
        }
        return s.toString();
    }

    private void items(ReportDocument doc, boolean ordered, List<String> items) {
        if (items.isEmpty()) {
            doc.paragraph(label("report.none"));
        } else {
            doc.list(ordered, items);
        }
    }

    private String label(String key) {
        return WorkshopModule.LABELS.text(key).get(language);
    }
}
