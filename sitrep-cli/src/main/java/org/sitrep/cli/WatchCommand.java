package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.annotate.geo.SourceHomes;
import org.sitrep.model.Place;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.pipeline.StageRegistry;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreUrls;
import org.sitrep.store.watch.Alert;
import org.sitrep.store.watch.JdbiWatchStore;
import org.sitrep.store.watch.WatchStore;
import org.sitrep.watch.WatchSettings;
import org.sitrep.watch.WatchTally;
import org.sitrep.watch.Watcher;
import org.sitrep.watch.alert.AlertChannel;
import org.sitrep.watch.alert.AlertDispatcher;
import org.sitrep.watch.alert.EmailChannel;
import org.sitrep.watch.alert.SmtpSettings;
import org.sitrep.watch.alert.WebhookChannel;
import org.sitrep.watch.feed.Durations;
import org.sitrep.watch.feed.FeedList;
import org.sitrep.watch.feed.FeedSource;
import org.sitrep.watch.fetch.FetchPolicy;
import org.sitrep.watch.fetch.HostPacer;
import org.sitrep.watch.fetch.SafeFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "watch", description = {
        "Polls RSS/Atom feeds (conditional GET, per-feed intervals, backoff, Retry-After, one request per host per"
                + " --host-delay), fetches each new item's page (robots.txt allowing; else the feed's text), stores it as"
                + " ingest does, and sends the alerts of the watchlists its events match. Stopped at any point, it resumes"
                + " where it was: no item is lost or stored twice.",
        "",
        "Examples:",
        "  sitrep watch feeds.opml",
        "  sitrep watch --interval 10m --smtp-host mail.example.org --smtp-from sitrep@example.org feeds.txt",
        "  sitrep watch --once --stages clean,entities,time,geo,events https://example.org/world/rss.xml"})
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption database;

    @Option(names = "--stages", defaultValue = "all", description = "the stages each item is read with, as for ingest (default: ${DEFAULT-VALUE})")
    String stages;

    @Option(names = "--home", paramLabel = "PLACE", description = "where the feeds' sources publish ('Alexandria, Minnesota'), as for ingest")
    String home;

    @Option(names = "--interval", defaultValue = "15m", paramLabel = "DURATION",
            description = "time between polls of a feed whose list line names none (500ms, 30s, 15m, 2h; default: ${DEFAULT-VALUE})")
    String interval;

    @Option(names = "--max-backoff", defaultValue = "6h", paramLabel = "DURATION",
            description = "the longest wait after failed polls in a row (default: ${DEFAULT-VALUE}); a Retry-After may ask for longer")
    String maxBackoff;

    @Option(names = "--host-delay", defaultValue = "1s", paramLabel = "DURATION",
            description = "at most one request to a host per this long, or its robots.txt Crawl-delay if longer (default: ${DEFAULT-VALUE})")
    String hostDelay;

    @Option(names = "--timeout", defaultValue = "30s", paramLabel = "DURATION",
            description = "the longest one fetch may take, redirects included (default: ${DEFAULT-VALUE})")
    String timeout;

    @Option(names = "--once", description = "poll each feed once (unless it is backing off), store new items, send alerts, and stop")
    boolean once;

    @Option(names = "--stop-after", paramLabel = "DURATION", description = "stop after this long (default: run until stopped)")
    String stopAfter;

    @Option(names = "--allow-private", description = "allow fetching (and webhooks to) private, loopback and link-local addresses")
    boolean allowPrivate;

    @Option(names = "--user-agent", paramLabel = "TEXT", description = "the User-Agent sent; robots.txt is read for its first word")
    String userAgent;

    @Option(names = "--alert-retry", defaultValue = "30s", paramLabel = "DURATION",
            description = "wait before retrying a failed alert, doubled each time (default: ${DEFAULT-VALUE})")
    String alertRetry;

    @Option(names = "--alert-attempts", defaultValue = "8", paramLabel = "N", description = "attempts before an alert is given up (default: ${DEFAULT-VALUE})")
    int alertAttempts;

    @Option(names = "--smtp-host", paramLabel = "HOST", description = "mail server for e-mail alerts (the password, if any, from $SITREP_SMTP_PASSWORD)")
    String smtpHost;

    @Option(names = "--smtp-port", defaultValue = "25", paramLabel = "PORT", description = "its port (default: ${DEFAULT-VALUE})")
    int smtpPort;

    @Option(names = "--smtp-from", defaultValue = "sitrep@localhost", paramLabel = "ADDRESS", description = "the alerts' sender (default: ${DEFAULT-VALUE})")
    String smtpFrom;

    @Option(names = "--smtp-user", paramLabel = "USER", description = "login at the mail server")
    String smtpUser;

    @Option(names = "--smtp-starttls", description = "require STARTTLS at the mail server")
    boolean smtpStartTls;

    @Parameters(paramLabel = "FEEDS", arity = "1..*", description = "feed URLs, OPML files, or lists of feed URLs (one a line, optionally followed by its interval)")
    List<String> feeds;

    /** How many of the newest stored articles teach the run where their sources publish, as for ingest. */
    private static final int STORED_ARTICLES_FOR_HOMES = 2000;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Set<String> chosen;
        Place place = null;
        WatchSettings settings;
        List<FeedSource> sources;
        FetchPolicy policy;
        Duration hostGap;
        Duration retry;
        try {
            chosen = StageRegistry.standard().resolve(stages);
            if (home != null) {
                place = SourceHomes.place(home).orElseThrow(() -> new IllegalArgumentException("--home: no town '" + home + "' in the gazetteer"));
            }
            settings = new WatchSettings(positive(interval, "--interval"), positive(maxBackoff, "--max-backoff"),
                    WatchSettings.DEFAULT_MAX_BYTES, WatchSettings.DEFAULT_MAX_BYTES, once,
                    stopAfter == null ? null : positive(stopAfter, "--stop-after"));
            hostGap = duration(hostDelay, "--host-delay");
            retry = positive(alertRetry, "--alert-retry");
            if (alertAttempts < 1) {
                throw new IllegalArgumentException("--alert-attempts must be at least 1");
            }
            FetchPolicy standard = FetchPolicy.standard(allowPrivate);
            policy = new FetchPolicy(allowPrivate, userAgent == null || userAgent.isBlank() ? standard.userAgent() : userAgent.strip(),
                    standard.connectTimeout(), positive(timeout, "--timeout"), standard.maxRedirects());
            sources = FeedList.read(feeds);
        } catch (IllegalArgumentException | FeedList.BadFeedListException e) {
            err.println("sitrep watch: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (ArticleStore store = Databases.open(database.db); WatchStore watch = JdbiWatchStore.open(StoreUrls.choose(database.db))) {
            ArticlePipeline pipeline = new ArticlePipeline(chosen);
            Ingester ingester = new Ingester(pipeline, pipeline.stages(), store, place);
            ingester.learnHomesFromStore(STORED_ARTICLES_FOR_HOMES);
            SafeFetcher fetcher = new SafeFetcher(policy);
            Map<String, AlertChannel> channels = new LinkedHashMap<>();
            channels.put(Alert.WEBHOOK, new WebhookChannel(fetcher));
            if (smtpHost != null) {
                channels.put(Alert.EMAIL, new EmailChannel(new SmtpSettings(smtpHost, smtpPort, smtpFrom, smtpUser,
                        System.getenv("SITREP_SMTP_PASSWORD"), smtpStartTls)));
            }
            AlertDispatcher dispatcher = new AlertDispatcher(watch, channels, retry, alertAttempts, err);
            Watcher watcher = new Watcher(watch, store, new WatchSink(ingester), fetcher, new HostPacer(hostGap),
                    dispatcher, settings, err);
            WatchTally tally = watcher.run(sources);
            err.println("sitrep watch: " + sources.size() + " feed" + (sources.size() == 1 ? "" : "s") + "; "
                    + tally.summary() + " (" + StoreUrls.redact(StoreUrls.choose(database.db)) + ")");
            err.flush();
            return tally.anyFailed() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
        } catch (StoreException e) {
            err.println("sitrep watch: " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("sitrep watch: interrupted");
            return ExitCodes.SOME_FAILED;
        }
    }

    private static Duration positive(String text, String option) {
        Duration d = duration(text, option);
        if (d.isZero()) {
            throw new IllegalArgumentException(option + " must be longer than 0");
        }
        return d;
    }

    private static Duration duration(String text, String option) {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }
}
