package org.sitrep.watch.alert;

import java.time.Instant;
import java.util.List;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.EventQuery;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.watch.Alert;
import org.sitrep.store.watch.WatchStore;
import org.sitrep.store.watch.Watchlist;

/**
 * Turns newly stored articles into alerts: for each watchlist, the article's events it matches become one alert
 * per channel, created once whatever happens later (the store refuses a second one for the same watchlist,
 * article and channel).
 */
public final class AlertRecorder {

    private final ArticleStore articles;
    private final WatchStore watch;

    public AlertRecorder(ArticleStore articles, WatchStore watch) {
        this.articles = articles;
        this.watch = watch;
    }

    /** Records the alerts these stored articles raise; returns how many were created. */
    public int record(List<String> articleIds, Instant now) {
        List<Watchlist> watchlists = watch.watchlists();
        if (watchlists.isEmpty() || articleIds.isEmpty()) {
            return 0;
        }
        int created = 0;
        for (String articleId : articleIds) {
            List<StoredEvent> events = articles.events(EventQuery.all().ofArticle(articleId));
            for (Watchlist w : watchlists) {
                List<StoredEvent> matching = events.stream().filter(e -> WatchlistMatcher.matches(w, e.event())).toList();
                if (matching.isEmpty()) {
                    continue;
                }
                String payload = AlertPayload.json(w, matching);
                if (w.webhookUrl() != null && watch.createAlert(w.id(), articleId, Alert.WEBHOOK, w.webhookUrl(), payload, now)) {
                    created++;
                }
                if (w.emailTo() != null && watch.createAlert(w.id(), articleId, Alert.EMAIL, w.emailTo(), payload, now)) {
                    created++;
                }
            }
        }
        return created;
    }
}
