package org.sitrep.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.model.Claim;
import org.sitrep.store.ClaimSeries;
import org.sitrep.store.LinkedEvent;
import org.sitrep.store.StoredClaim;

/**
 * Writes a report's summary: a few sentences generated from its data (how many articles and events, over which
 * days, the main actors and places, the casualties, the figures and who says them, the most quoted), each citing
 * the characters it rests on. A sentence with nothing to cite is left out.
 */
final class SummaryWriter {

    /** How many actors, places, series and speakers a sentence names at most. */
    static final int TOP = 4;

    private final List<ReportArticle> articles;
    private final List<LinkedEvent> events;
    private final List<ClaimSeries> series;
    private final List<StoredClaim> claims;
    private final List<QuoteGroup> quotes;

    SummaryWriter(List<ReportArticle> articles, List<LinkedEvent> events, List<ClaimSeries> series, List<StoredClaim> claims,
            List<QuoteGroup> quotes) {
        this.articles = articles;
        this.events = events;
        this.series = series;
        this.claims = claims;
        this.quotes = quotes;
    }

    List<Statement> statements() {
        List<Statement> out = new ArrayList<>();
        add(out, articleSentence());
        add(out, eventSentence());
        add(out, ranked("Main actors", events, e -> names(e)));
        add(out, ranked("Places", events, e -> e.place() == null ? List.of() : List.of(e.place().name())));
        add(out, casualties());
        series.stream().limit(TOP).forEach(s -> add(out, seriesSentence(s)));
        if (series.isEmpty()) {
            add(out, largestClaim());
        }
        add(out, quoted());
        return out;
    }

    private static void add(List<Statement> out, Statement s) {
        if (s != null) {
            out.add(s);
        }
    }

    private static Statement statement(String text, List<Citation> citations) {
        return citations.stream().anyMatch(Objects::nonNull) ? new Statement(text, citations) : null;
    }

    private Statement articleSentence() {
        if (articles.isEmpty()) {
            return null;
        }
        List<String> dates = articles.stream().map(ReportArticle::published).filter(Objects::nonNull).map(SummaryWriter::day).sorted().toList();
        String span = dates.isEmpty() ? "" : dates.get(0).equals(dates.get(dates.size() - 1)) ? ", published on " + dates.get(0)
                : ", published from " + dates.get(0) + " to " + dates.get(dates.size() - 1);
        return statement(count(articles.size(), "article") + span + ": " + articles.stream().limit(TOP)
                .map(a -> a.title() == null ? a.id() : "\u201c" + a.title() + "\u201d").collect(Collectors.joining("; "))
                + (articles.size() > TOP ? "; ..." : "") + ".", articles.stream().map(ReportArticle::titleSpan).toList());
    }

    private Statement eventSentence() {
        if (events.isEmpty()) {
            return null;
        }
        Map<String, Long> byType = events.stream().collect(Collectors.groupingBy(LinkedEvent::type, LinkedHashMap::new, Collectors.counting()));
        String types = byType.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(t -> t.getValue() + " " + t.getKey()).collect(Collectors.joining(", "));
        List<LinkedEvent> dated = events.stream().filter(LinkedEvent::dated).toList();
        String when = dated.isEmpty() ? "" : ", dated from " + dated.get(0).dateFrom() + " to " + dated.get(dated.size() - 1).dateTo();
        LinkedEvent first = dated.isEmpty() ? events.get(0) : dated.get(0);
        LinkedEvent last = dated.isEmpty() ? events.get(events.size() - 1) : dated.get(dated.size() - 1);
        String text = count(events.size(), "event") + " (" + types + ")" + when + ". The first: " + describe(first) + "."
                + (first == last ? "" : " The last: " + describe(last) + ".");
        return statement(text, Arrays.asList(evidence(first), evidence(last)));
    }

    /** "Choe Son Hui CONSULT Russia in Vladivostok on 2024-10-29" */
    static String describe(LinkedEvent e) {
        StringBuilder s = new StringBuilder(e.actors().isEmpty() ? "someone" : String.join(", ", e.actors()));
        s.append(' ').append(e.type());
        if (e.mode() != null) {
            s.append(" (").append(e.mode()).append(')');
        }
        if (!e.targets().isEmpty()) {
            s.append(' ').append(String.join(", ", e.targets()));
        }
        if (e.place() != null) {
            s.append(" in ").append(e.place().name());
        }
        if (e.dated()) {
            s.append(e.dateFrom().equals(e.dateTo()) ? " on " + e.dateFrom() : " between " + e.dateFrom() + " and " + e.dateTo());
        }
        return s.toString();
    }

    private static List<String> names(LinkedEvent e) {
        List<String> names = new ArrayList<>(e.actors());
        names.addAll(e.targets());
        return names.stream().distinct().toList();
    }

    private static Statement ranked(String what, List<LinkedEvent> events, Function<LinkedEvent, List<String>> keys) {
        Map<String, List<LinkedEvent>> by = new LinkedHashMap<>();
        events.forEach(e -> keys.apply(e).forEach(k -> by.computeIfAbsent(k, x -> new ArrayList<>()).add(e)));
        if (by.isEmpty()) {
            return null;
        }
        List<Map.Entry<String, List<LinkedEvent>>> top = by.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<LinkedEvent>> x) -> -x.getValue().size())).limit(TOP).toList();
        return statement(what + ": " + top.stream().map(x -> x.getKey() + " (" + count(x.getValue().size(), "event") + ")")
                .collect(Collectors.joining(", ")) + ".", top.stream().map(x -> evidence(x.getValue().get(0))).toList());
    }

    private Statement casualties() {
        List<Citation> cited = new ArrayList<>();
        long killed = 0;
        long injured = 0;
        for (LinkedEvent e : events) {
            LinkedEvent.Report most = null;
            for (LinkedEvent.Report r : e.reports()) {
                Integer k = r.event().event().killed();
                Integer i = r.event().event().injured();
                if ((k != null && k > 0 || i != null && i > 0) && (most == null || value(k) > value(most.event().event().killed()))) {
                    most = r;
                }
            }
            if (most != null) {
                killed += value(most.event().event().killed());
                injured += value(most.event().event().injured());
                cited.add(Citation.of(most.event().articleId(), most.event().event().evidence()));
            }
        }
        if (cited.isEmpty()) {
            return null;
        }
        return statement("Casualties reported: " + killed + " killed and " + injured + " injured in " + count(cited.size(), "event")
                + " (where sources differ, the highest figure).", cited);
    }

    private static int value(Integer n) {
        return n == null ? 0 : n;
    }

    private static Statement seriesSentence(ClaimSeries s) {
        String points = s.points().stream().map(c -> figure(c.claim()) + " according to " + source(c))
                .collect(Collectors.joining(", then "));
        return statement("Figures for \u201c" + s.subject() + "\u201d: " + points + ".",
                s.points().stream().map(c -> Citation.of(c.articleId(), c.claim().evidence())).toList());
    }

    private Statement largestClaim() {
        return claims.stream().filter(c -> c.claim().value() != null).max(Comparator.comparingLong(c -> c.claim().value()))
                .map(c -> statement("The largest figure: " + figure(c.claim()) + " (" + c.claim().subject() + ") according to "
                        + source(c) + ".", Arrays.asList(Citation.of(c.articleId(), c.claim().evidence())))).orElse(null);
    }

    /** "about 10,000 troops" */
    static String figure(Claim c) {
        return (Boolean.TRUE.equals(c.approximate()) ? "about " : "") + (c.value() == null ? "?" : String.format("%,d", c.value()))
                + (c.unit() == null ? "" : " " + c.unit());
    }

    /** Who asserts a claim, else the article's title. */
    static String source(StoredClaim c) {
        return c.claim().accordingTo() != null && c.claim().accordingTo().name() != null ? c.claim().accordingTo().name()
                : "the article" + (c.articleTitle() == null ? "" : " \u201c" + c.articleTitle() + "\u201d");
    }

    private Statement quoted() {
        List<QuoteGroup> named = quotes.stream().filter(q -> q.speaker() != null).limit(TOP).toList();
        if (named.isEmpty()) {
            return null;
        }
        return statement("Quoted: " + named.stream().map(q -> q.speaker() + " (" + count(q.quotes().size(), "quote") + ")")
                .collect(Collectors.joining(", ")) + ".", named.stream().map(q -> q.quotes().get(0)).toList());
    }

    static Citation evidence(LinkedEvent e) {
        return e.reports().stream().map(r -> Citation.of(r.event().articleId(), r.event().event().evidence()))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String day(String iso) {
        return iso.length() > 10 ? iso.substring(0, 10) : iso;
    }
}
