package org.sitrep.report;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.ClaimSeries;
import org.sitrep.store.LinkedEvent;
import org.sitrep.store.StoredClaim;

/**
 * A situation report: what the store says about one story, actor or place, every statement citing its article and
 * characters. Built by {@link ReportBuilder}; rendered by {@link MarkdownReport} and {@link HtmlReport}.
 *
 * @param query    the query as given
 * @param subject  what the query resolved to
 * @param since    the first day it covers (ISO-8601), or null
 * @param until    the last, or null
 * @param summary  generated sentences, each citing
 * @param articles the articles it draws on, oldest first
 * @param events   the events (linked across articles, every report of each), in time order
 * @param series   claims about one quantity across articles, in time order
 * @param claims   the other figures the articles attribute (those in no series)
 * @param quotes   what was said, by speaker, the most quoted first
 */
public record Report(String query, ReportSubject subject, String since, String until, List<Statement> summary,
                     List<ReportArticle> articles, List<LinkedEvent> events, List<ClaimSeries> series,
                     List<StoredClaim> claims, List<QuoteGroup> quotes) {

    public Report {
        summary = List.copyOf(summary);
        articles = List.copyOf(articles);
        events = List.copyOf(events);
        series = List.copyOf(series);
        claims = List.copyOf(claims);
        quotes = List.copyOf(quotes);
    }

    /** Every citation the report makes, in the order the renderers show them. */
    public List<Citation> citations() {
        List<Citation> all = new ArrayList<>();
        summary.forEach(s -> all.addAll(s.citations()));
        articles.forEach(a -> add(all, a.titleSpan()));
        for (LinkedEvent e : events) {
            e.reports().forEach(r -> add(all, Citation.of(r.event().articleId(), r.event().event().evidence())));
        }
        series.forEach(s -> s.points().forEach(c -> add(all, Citation.of(c.articleId(), c.claim().evidence()))));
        claims.forEach(c -> add(all, Citation.of(c.articleId(), c.claim().evidence())));
        quotes.forEach(q -> all.addAll(q.quotes()));
        return all;
    }

    private static void add(List<Citation> all, Citation c) {
        if (c != null) {
            all.add(c);
        }
    }
}
