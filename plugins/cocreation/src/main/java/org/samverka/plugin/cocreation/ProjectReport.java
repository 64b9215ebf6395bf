package org.samverka.plugin.cocreation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.samverka.api.export.ReportDocument;

/**
 * The project report, fit to paste into a case document (saksframlegg): the frame, the path
 * through the steps with overrides and their reasons, actors and reach, needs, barriers and
 * enablers, ideas and what the tests showed, decisions, and what is still missing; in the reader's
 * language. Actors are named: the report is the municipality's own record of who took part.
 */
final class ProjectReport {

    private final String language;
    private final Locale locale;
    private final DateTimeFormatter date;

    ProjectReport(String language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    String write(ReportDocument doc, Project p, List<Project.Move> moves, List<Entry> entries, Arena arena, List<Barrier> barriers) {
        Map<Long, Entry> byId = entries.stream().collect(Collectors.toMap(Entry::id, Function.identity()));
        doc.heading(1, p.title());
        Project.Frame f = p.frame();
        doc.facts(List.of(fact("report.problem", p.problem()), fact("report.step", label("step." + p.step() + ".name")),
                fact("report.arena", arena == null ? null : arena.name()), fact("report.scope", f.scope()),
                fact("report.constraints", f.constraints()), fact("report.possibilities", f.possibilities()),
                fact("report.affected", f.affected()), fact("report.success", f.successCriteria()),
                fact("report.rightProblem", f.rightProblemConfirmedBy() == null ? null
                        : format("report.rightProblemBy", f.rightProblemConfirmedBy(), date.format(f.rightProblemConfirmedOn())))));
        doc.heading(2, label("report.path"));
        if (moves.isEmpty()) {
            doc.paragraph(label("report.noMoves"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Project.Move m : moves) {
                rows.add(List.of(date.format(m.movedAt().atZone(ZoneId.of("Europe/Oslo")).toLocalDate()),
                        label("step." + m.from() + ".name") + " → " + label("step." + m.to() + ".name"),
                        m.openItems().stream().map(id -> Texts.in(p.checklist().stream().filter(c -> c.id().equals(id)).findFirst()
                                .map(Project.Check::text).orElse(Map.of("en", id)), language)).collect(Collectors.joining("; ")),
                        m.reason() == null ? "" : (m.override() ? label("report.override") + ": " : "") + m.reason()));
            }
            doc.table(List.of(label("report.date"), label("report.move"), label("report.open"), label("report.reason")), rows);
        }
        doc.heading(2, label("report.actors"));
        items(doc, of(entries, EntryKind.ACTOR).stream().map(a -> a.text("name") + (a.text("organisation") == null ? "" : ", "
                + a.text("organisation")) + " (" + label("role." + a.text("role")) + ")").toList());
        if (arena != null) {
            doc.heading(3, label("report.reach"));
            List<String> reach = new ArrayList<>();
            arena.reach().groups().stream().filter(g -> g.people() > 0).forEach(g -> reach.add(g.name().in(locale) + ": "
                    + format("report.people", g.people()) + " (" + g.byHow().keySet().stream().map(h -> label("how." + h))
                    .collect(Collectors.joining(", ")) + ")"));
            items(doc, reach);
            if (!arena.reach().missing().isEmpty()) {
                doc.paragraph(label("report.missing") + ": " + arena.reach().groups().stream().filter(g -> g.people() == 0)
                        .map(g -> g.name().in(locale)).collect(Collectors.joining(", ")));
            }
        }
        doc.heading(2, label("report.insights"));
        items(doc, of(entries, EntryKind.INSIGHT).stream().map(i -> i.text("text") + " (" + label("source." + i.text("source")) + ")").toList());
        doc.heading(2, label("report.needs"));
        items(doc, of(entries, EntryKind.NEED).stream().map(n -> format("report.need", n.text("who"), n.text("what"), n.text("because"))).toList());
        doc.heading(2, label("report.barriers"));
        items(doc, barriers.stream().map(b -> label("kind." + b.kind()) + " (" + label("level." + b.level()) + "): " + b.text()).toList());
        doc.heading(2, label("report.ideas"));
        items(doc, of(entries, EntryKind.IDEA).stream().map(i -> i.text("text")).toList());
        doc.heading(2, label("report.testable"));
        items(doc, of(entries, EntryKind.TESTABLE_IDEA).stream().map(t -> format("report.testableIdea", t.text("hypothesis"),
                t.text("howToTest"), t.text("successMeasure"))).toList());
        doc.heading(2, label("report.tests"));
        items(doc, of(entries, EntryKind.TEST).stream().map(t -> label("outcome." + t.text("outcome")) + ": " + t.text("result")
                + t.links().stream().map(byId::get).filter(l -> l != null).map(l -> " — " + l.text("hypothesis")).collect(Collectors.joining()))
                .toList());
        doc.heading(2, label("report.decisions"));
        items(doc, of(entries, EntryKind.DECISION).stream().map(d -> (d.fields().get("date") == null ? "" : d.fields().get("date") + ": ")
                + d.text("text")).toList());
        doc.heading(2, label("report.gaps"));
        items(doc, p.gaps().stream().map(g -> format("gap." + g.code(), g.entryId() == null ? "" : describe(byId.get(g.entryId())))).toList());
        return doc.text();
    }

    private static String describe(Entry e) {
        if (e == null) {
            return "";
        }
        return switch (e.kind()) {
            case NEED -> e.text("who") + ": " + e.text("what");
            case TESTABLE_IDEA -> e.text("hypothesis");
            case TEST -> e.text("result");
            default -> e.text("text");
        };
    }

    private static List<Entry> of(List<Entry> entries, EntryKind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    private void items(ReportDocument doc, List<String> items) {
        if (items.isEmpty()) {
            doc.paragraph(label("report.none"));
        } else {
            doc.list(false, items);
        }
    }

    private String[] fact(String key, String value) {
        return new String[] {label(key), value};
    }

    private String label(String key) {
        return CocreationModule.LABELS.text(key).get(language);
    }

    private String format(String key, Object... args) {
        return CocreationModule.LABELS.format(key, args).get(language);
    }
}
