package org.sitrep.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.ClaimQuery;
import org.sitrep.store.ClaimSeries;
import org.sitrep.store.DateKeys;
import org.sitrep.store.LinkedEvent;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.StoredClaim;

/**
 * Turns what the store holds about a query's story, actor or place into a {@link Report}: reads only, through the
 * store's own reads (stories, linked entities and events, claim series, articles).
 */
public final class ReportBuilder {

    /** A report lists at most this many articles (the newest) and events (the latest), so its cost is bounded. */
    public static final int MAX_ARTICLES = 300;
    public static final int MAX_EVENTS = 1000;

    private final ArticleStore store;

    public ReportBuilder(ArticleStore store) {
        this.store = store;
    }

    /**
     * The report on what {@code query} names, over the days from {@code since} to {@code until} (ISO-8601 dates,
     * either null for no bound).
     *
     * @throws NoSuchSubjectException where nothing stored matches the query
     * @throws IllegalArgumentException where a date is not an ISO-8601 date
     */
    public Report build(String query, String since, String until) {
        for (String date : new String[] {since, until}) {
            if (date != null && DateKeys.userKey(date) == null) {
                throw new IllegalArgumentException("not an ISO-8601 date: '" + date + "'");
            }
        }
        Scope scope = new SubjectResolver(store.links(), since, until).resolve(query);
        // an event no report dates goes by its first report's publication (its last possible day), as on the timeline
        List<LinkedEvent> events = scope.events().stream()
                .sorted(Comparator.comparing((LinkedEvent e) -> e.dated() ? e.dateFrom() : e.dateTo(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(LinkedEvent::id)).toList();
        if (events.size() > MAX_EVENTS) {
            events = events.subList(events.size() - MAX_EVENTS, events.size());
        }
        ClaimQuery window = ClaimQuery.all().withDates(since, until);
        Set<String> scoped = new HashSet<>(scope.articleIds());
        List<ClaimSeries> series = store.links().claimSeries(window).stream()
                .filter(s -> scope.storyId() != null ? s.storyId() == scope.storyId()
                        : s.points().stream().anyMatch(c -> scoped.contains(c.articleId()))).toList();
        // the articles the events and figures cite are listed whatever their date; claims and quotes come from those in the dates
        Set<String> cited = new HashSet<>();
        events.forEach(e -> e.reports().forEach(r -> cited.add(r.event().articleId())));
        series.forEach(s -> s.points().forEach(c -> cited.add(c.articleId())));
        Set<String> ids = new LinkedHashSet<>(scope.articleIds());
        ids.addAll(cited);
        List<StoredArticle> stored = ids.stream().map(store::find).flatMap(Optional::stream)
                .filter(a -> cited.contains(a.id()) || within(a.published(), since, until))
                .sorted(Comparator.comparing(StoredArticle::published, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(StoredArticle::id)).toList();
        if (stored.size() > MAX_ARTICLES) {
            stored = stored.subList(stored.size() - MAX_ARTICLES, stored.size());
        }
        Set<String> inSeries = new HashSet<>();
        series.forEach(s -> s.points().forEach(c -> inSeries.add(c.articleId() + "#" + c.index())));
        List<StoredClaim> claims = new ArrayList<>();
        List<ReportArticle> articles = new ArrayList<>();
        List<ArticleQuotes> quoted = new ArrayList<>();
        for (StoredArticle a : stored) {
            Article article = a.article();
            articles.add(new ReportArticle(a.id(), a.title(), Citation.of(a.id(), article.titleSpan()), a.published(),
                    a.url() != null ? a.url() : a.sourcePath()));
            if (!within(a.published(), since, until)) {
                continue;
            }
            store.claims(window.ofArticle(a.id())).stream().filter(c -> !inSeries.contains(c.articleId() + "#" + c.index()))
                    .sorted(Comparator.comparingInt(StoredClaim::index)).forEach(claims::add);
            quoted.add(new ArticleQuotes(a.id(), article, store.links()));
        }
        List<QuoteGroup> quotes = ArticleQuotes.bySpeaker(quoted, scope.speaker());
        List<Statement> summary = new SummaryWriter(articles, events, series, claims, quotes).statements();
        return new Report(query.strip(), scope.subject().withNote(notes(scope, stored.size(), events.size())), since, until, summary,
                articles, events, series, claims, quotes);
    }

    private static String notes(Scope scope, int articles, int events) {
        List<String> notes = new ArrayList<>();
        if (scope.articleIds().size() > articles && articles == MAX_ARTICLES) {
            notes.add("the newest " + MAX_ARTICLES + " of its articles");
        }
        if (scope.events().size() > events) {
            notes.add("the latest " + MAX_EVENTS + " of its " + scope.events().size() + " events");
        }
        return notes.isEmpty() ? null : "shows " + String.join(" and ", notes);
    }

    /**
     * Whether an article published on {@code published} (ISO-8601, or null: undated, always kept) lies in the window:
     * a date coarser than a bound (a month) counts where it overlaps it.
     */
    static boolean within(String published, String since, String until) {
        String p = DateKeys.key(published);
        if (p == null) {
            return true;
        }
        String from = DateKeys.userKey(since);
        if (from != null && p.compareTo(from) < 0 && !from.startsWith(p)) {
            return false;
        }
        String to = DateKeys.userKey(until);
        return to == null || p.substring(0, Math.min(p.length(), to.length())).compareTo(to) <= 0;
    }
}
