package org.sitrep.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sitrep.model.Claim;
import org.sitrep.store.ClaimSeries;
import org.sitrep.store.LinkedEvent;
import org.sitrep.store.StoredClaim;
import org.sitrep.store.StoredEvent;

/**
 * A report as Markdown: what it is about, the summary, the key figures, the events and the quotes, every line citing
 * its article and characters as {@code [article START-END]} with the sentence quoted, and the articles listed last.
 * Article text is escaped (see {@link Escape#markdown}).
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(Report r) {
        StringBuilder md = new StringBuilder();
        md.append("# Situation report: ").append(Escape.markdown(r.query())).append("\n\n");
        md.append("Resolved to ").append(Escape.markdown(r.subject().resolved())).append(": ")
                .append(Escape.markdown("\u201c" + r.subject().name() + "\u201d")).append('.');
        if (r.subject().note() != null) {
            md.append(" This report ").append(Escape.markdown(r.subject().note())).append('.');
        }
        md.append(window(r)).append(" Each statement cites `[article START-END]`: the article's id (listed at the end) and the")
                .append(" characters of its input, counted from 0, end excluded.\n\n");
        md.append("## Summary\n\n");
        if (r.summary().isEmpty()) {
            md.append("Nothing stored for this query has a figure, an event or a quote.\n");
        }
        for (Statement s : r.summary()) {
            md.append("- ").append(Escape.markdown(s.text())).append(' ')
                    .append(s.citations().stream().map(MarkdownReport::cite).collect(Collectors.joining(" "))).append('\n');
        }
        where(md, r.events());
        when(md, r.events());
        figures(md, r.series(), r.claims());
        events(md, r.events());
        quotes(md, r.quotes());
        md.append("\n## Articles\n\n| article | published | title | source |\n|---|---|---|---|\n");
        for (ReportArticle a : r.articles()) {
            md.append("| `").append(a.id()).append("` | ").append(Escape.markdown(a.published())).append(" | ")
                    .append(Escape.markdown(a.title())).append(a.titleSpan() == null ? "" : " " + cite(a.titleSpan())).append(" | ")
                    .append(Escape.markdown(a.source())).append(" |\n");
        }
        return md.toString();
    }

    static String window(Report r) {
        if (r.since() == null && r.until() == null) {
            return "";
        }
        return " Dates: " + (r.since() == null ? "" : "from " + r.since()) + (r.since() != null && r.until() != null ? " " : "")
                + (r.until() == null ? "" : "to " + r.until()) + ".";
    }

    /** {@code [9b99fa3e 5035-5163]} */
    static String cite(Citation c) {
        return "[" + shortId(c.articleId()) + " " + c.start() + "-" + c.end() + "]";
    }

    static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }

    private static String quoted(Citation c) {
        return c == null ? "" : "\u201c" + Escape.markdown(c.text()) + "\u201d " + cite(c);
    }

    /** The map's content as a table: each place with its position and its events, the most eventful first. */
    private static void where(StringBuilder md, List<LinkedEvent> events) {
        Map<String, List<LinkedEvent>> byPlace = new LinkedHashMap<>();
        events.stream().filter(e -> e.place() != null).forEach(e -> byPlace.computeIfAbsent(
                e.place().name() + "\u0000" + e.place().lat() + "," + e.place().lon(), k -> new ArrayList<>()).add(e));
        if (byPlace.isEmpty()) {
            return;
        }
        md.append("\n## Where\n\n(the map of `--format html`)\n\n| place | country | latitude, longitude | events |\n|---|---|---|---|\n");
        byPlace.values().stream().sorted(Comparator.comparingInt(l -> -l.size())).forEach(here -> {
            var p = here.get(0).place();
            md.append("| ").append(Escape.markdown(p.name())).append(" | ").append(Escape.markdown(p.country())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.4f, %.4f", p.lat(), p.lon())).append(" | ")
                    .append(here.stream().map(e -> e.type() + " " + e.id()).collect(Collectors.joining(", "))).append(" |\n");
        });
    }

    /** The timeline's content as a table: events per day by type; an undated event at its first report's publication. */
    private static void when(StringBuilder md, List<LinkedEvent> events) {
        Map<String, Map<String, Integer>> byDay = new TreeMap<>();
        for (LinkedEvent e : events) {
            String day = e.dated() ? e.dateFrom() : e.dateTo();
            if (day != null) {
                byDay.computeIfAbsent(day + (e.dated() ? "" : " (undated)"), d -> new TreeMap<>()).merge(e.type(), 1, Integer::sum);
            }
        }
        if (byDay.isEmpty()) {
            return;
        }
        md.append("\n## When\n\n(the timeline of `--format html`)\n\n| day | events |\n|---|---|\n");
        byDay.forEach((day, types) -> md.append("| ").append(Escape.markdown(day)).append(" | ")
                .append(types.entrySet().stream().map(t -> t.getValue() + " " + t.getKey()).collect(Collectors.joining(", ")))
                .append(" |\n"));
    }

    private static void figures(StringBuilder md, List<ClaimSeries> series, List<StoredClaim> claims) {
        if (series.isEmpty() && claims.isEmpty()) {
            return;
        }
        md.append("\n## Key figures\n");
        for (ClaimSeries s : series) {
            md.append("\n### ").append(Escape.markdown(s.subject())).append(s.unit() == null ? "" : " (" + Escape.markdown(s.unit()) + ")")
                    .append("\n\n");
            claimTable(md, s.points());
        }
        if (!claims.isEmpty()) {
            md.append("\n### Other figures\n\n");
            claimTable(md, claims);
        }
    }

    private static void claimTable(StringBuilder md, List<StoredClaim> claims) {
        md.append("| value | about | hedge | according to | as of | sentence |\n|---|---|---|---|---|---|\n");
        for (StoredClaim sc : claims) {
            Claim c = sc.claim();
            md.append("| ").append(c.value() == null ? "" : String.format(Locale.ROOT, "%,d", c.value()))
                    .append(c.unit() == null ? "" : " " + Escape.markdown(c.unit())).append(" | ").append(Escape.markdown(c.subject()))
                    .append(" | ").append(Boolean.TRUE.equals(c.approximate()) ? "approximate" : "").append(" | ")
                    .append(Escape.markdown(c.accordingTo() == null ? null : c.accordingTo().name())).append(" | ")
                    .append(Escape.markdown(c.asOf() != null ? c.asOf().value() : sc.articlePublished())).append(" | ")
                    .append(quoted(Citation.of(sc.articleId(), c.evidence()))).append(" |\n");
        }
    }

    private static void events(StringBuilder md, List<LinkedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        md.append("\n## Events\n\n(a date in parentheses: no report dates the event; it is its first article's publication week)\n\n")
                .append("| event | date | type | who | where | killed, injured per source | sentences |\n|---|---|---|---|---|---|---|\n");
        for (LinkedEvent e : events) {
            md.append("| ").append(e.id()).append(" | ").append(Escape.markdown(days(e))).append(" | ").append(Escape.markdown(e.type()))
                    .append(e.mode() == null ? "" : " (" + Escape.markdown(e.mode()) + ")").append(" | ")
                    .append(Escape.markdown(who(e))).append(" | ")
                    .append(Escape.markdown(e.place() == null ? null : e.place().name() + (e.place().country() == null ? "" : ", " + e.place().country())))
                    .append(" | ").append(Escape.markdown(casualties(e))).append(" | ")
                    .append(e.reports().stream().map(rep -> quoted(Citation.of(rep.event().articleId(), rep.event().event().evidence())))
                            .collect(Collectors.joining(" ")))
                    .append(" |\n");
        }
    }

    static String days(LinkedEvent e) {
        String d = e.dateFrom() == null ? "" : e.dateFrom().equals(e.dateTo()) || e.dateTo() == null ? e.dateFrom() : e.dateFrom() + " to " + e.dateTo();
        return e.dated() ? d : "(" + d + ")";
    }

    static String who(LinkedEvent e) {
        return String.join(", ", e.actors()) + (e.targets().isEmpty() ? "" : " \u2192 " + String.join(", ", e.targets()));
    }

    /** Each report's killed and injured side by side, with whom it is according to: "5 killed, 5 injured per Hamdullah Fitrat". */
    static String casualties(LinkedEvent e) {
        return e.reports().stream().map(LinkedEvent.Report::event).filter(s -> s.event().killed() != null || s.event().injured() != null)
                .map(MarkdownReport::casualty).collect(Collectors.joining("; "));
    }

    private static String casualty(StoredEvent s) {
        var ev = s.event();
        String per = ev.accordingTo() != null && ev.accordingTo().name() != null ? ev.accordingTo().name() : "article " + shortId(s.articleId());
        return (ev.killed() == null ? "" : ev.killed() + " killed") + (ev.killed() != null && ev.injured() != null ? ", " : "")
                + (ev.injured() == null ? "" : ev.injured() + " injured") + " per " + per;
    }

    private static void quotes(StringBuilder md, List<QuoteGroup> groups) {
        if (groups.isEmpty()) {
            return;
        }
        md.append("\n## Quotes by speaker\n");
        for (QuoteGroup g : groups) {
            md.append("\n### ").append(g.speaker() == null ? "Unattributed" : Escape.markdown(g.speaker()))
                    .append(g.linked() ? " (linked entity)" : "").append("\n\n");
            g.quotes().forEach(q -> md.append("- ").append(quoted(q)).append('\n'));
        }
    }
}
