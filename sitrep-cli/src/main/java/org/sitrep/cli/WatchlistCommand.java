package org.sitrep.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.annotate.geo.SourceHomes;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Place;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreUrls;
import org.sitrep.store.watch.JdbiWatchStore;
import org.sitrep.store.watch.WatchStore;
import org.sitrep.store.watch.Watchlist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "watchlist", description = {
        "Saved queries over new events: when `sitrep watch` stores an article with events a watchlist matches, it"
                + " sends one alert (the events and their citations) to the watchlist's webhook and/or mail address.",
        "",
        "Examples:",
        "  sitrep watchlist add kandahar --type ASSAULT --near 'Kandahar, Afghanistan' --radius 100 --webhook https://hooks.example.org/sitrep",
        "  sitrep watchlist add sudan-protests --country SD --type Protests --email desk@example.org",
        "  sitrep watchlist list"},
        subcommands = {WatchlistCommand.Add.class, WatchlistCommand.ListAll.class, WatchlistCommand.Remove.class})
final class WatchlistCommand {

    @Command(name = "add", description = "Saves a watchlist; every filter given must match (none: every new event).")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOption database;

        @Parameters(paramLabel = "NAME", description = "its name")
        String name;
        @Option(names = "--actor", paramLabel = "TEXT", description = "part of an actor's or target's name (any case)")
        String actor;
        @Option(names = "--country", paramLabel = "CODE", description = "the event's place's, an actor's or a target's country: ISO code or English name")
        String country;
        @Option(names = "--type", paramLabel = "TYPE", description = "a PLOVER type (ASSAULT, PROTEST, ...), INCIDENT, or an ACLED event type (Battles, Protests, ...)")
        String type;
        @Option(names = "--near", paramLabel = "PLACE", description = "events placed within --radius of this point: 'LAT,LON' or a town ('Kandahar, Afghanistan')")
        String near;
        @Option(names = "--radius", paramLabel = "KM", defaultValue = "50", description = "the radius for --near, in km (default: ${DEFAULT-VALUE})")
        double radius;
        @Option(names = "--text", paramLabel = "WORDS", description = "words that must all occur in the event's evidence (any case)")
        String text;
        @Option(names = "--webhook", paramLabel = "URL", description = "POST each alert as JSON to this http(s) URL")
        String webhook;
        @Option(names = "--email", paramLabel = "ADDRESS", description = "mail each alert here (watch needs --smtp-host)")
        String email;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Watchlist w;
            try {
                w = watchlist();
            } catch (IllegalArgumentException e) {
                err.println("sitrep watchlist add: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            try (WatchStore store = JdbiWatchStore.open(StoreUrls.choose(database.db))) {
                Watchlist saved = store.addWatchlist(w);
                spec.commandLine().getOut().println("watchlist " + saved.name() + " saved: " + describe(saved));
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            } catch (IllegalArgumentException e) {
                err.println("sitrep watchlist add: " + e.getMessage());
                return ExitCodes.USAGE;
            } catch (StoreException e) {
                err.println("sitrep watchlist add: " + e.getMessage());
                return ExitCodes.SOME_FAILED;
            }
        }

        private Watchlist watchlist() {
            String code = StoreQueryOptions.countryCode(country);
            String eventType = null;
            if (type != null) {
                String t = type.strip();
                eventType = EventsCommand.TYPES.contains(t.toUpperCase(Locale.ROOT)) ? t.toUpperCase(Locale.ROOT)
                        : EventsCommand.ACLED_TYPES.stream().filter(a -> a.equalsIgnoreCase(t)).findFirst().orElseThrow(() ->
                        new IllegalArgumentException("--type must be one of " + String.join(", ", EventsCommand.TYPES) + " or "
                                + String.join(", ", EventsCommand.ACLED_TYPES) + ", not '" + type + "'"));
            }
            Double lat = null;
            Double lon = null;
            Double km = null;
            if (near != null) {
                double[] point = point(near);
                lat = point[0];
                lon = point[1];
                km = radius;
            }
            if (webhook != null) {
                URI uri;
                try {
                    uri = new URI(webhook.strip());
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalArgumentException("--webhook is not a URL: '" + webhook + "'");
                }
                if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
                    throw new IllegalArgumentException("--webhook must be an http(s) URL, not '" + webhook + "'");
                }
            }
            if (email != null) {
                try {
                    jakarta.mail.internet.InternetAddress.parse(email.strip(), true);
                } catch (jakarta.mail.internet.AddressException e) {
                    throw new IllegalArgumentException("--email is not a mail address: '" + email + "'");
                }
            }
            return new Watchlist(0, name, actor, code, eventType, lat, lon, km, text, webhook, email, Instant.now());
        }

        private static double[] point(String near) {
            String[] parts = near.split(",");
            if (parts.length == 2 && parts[0].strip().matches("-?\\d+(\\.\\d+)?") && parts[1].strip().matches("-?\\d+(\\.\\d+)?")) {
                return new double[] {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())};
            }
            Place place = SourceHomes.place(near).orElseThrow(() -> new IllegalArgumentException(
                    "--near must be 'LAT,LON' or a town the gazetteer knows ('Kandahar, Afghanistan'), not '" + near + "'"));
            return new double[] {place.lat(), place.lon()};
        }
    }

    @Command(name = "list", description = "Lists the saved watchlists.")
    static final class ListAll implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOption database;
        @Option(names = "--format", defaultValue = "table", description = "table or json (JSON Lines)")
        String format;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!format.equals("table") && !format.equals("json")) {
                err.println("sitrep watchlist list: --format must be table or json, not '" + format + "'");
                return ExitCodes.USAGE;
            }
            try (WatchStore store = JdbiWatchStore.open(StoreUrls.choose(database.db))) {
                List<Watchlist> all = store.watchlists();
                for (Watchlist w : all) {
                    out.println(format.equals("json") ? json(w) : w.name() + "\t" + describe(w));
                }
                out.flush();
                return ExitCodes.OK;
            } catch (StoreException e) {
                err.println("sitrep watchlist list: " + e.getMessage());
                return ExitCodes.SOME_FAILED;
            }
        }

        private static String json(Watchlist w) {
            return ArticleJson.mapper().valueToTree(w.fields()).toString();
        }
    }

    @Command(name = "remove", description = "Removes a watchlist and its alerts.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOption database;
        @Parameters(paramLabel = "NAME", description = "its name")
        String name;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try (WatchStore store = JdbiWatchStore.open(StoreUrls.choose(database.db))) {
                if (!store.removeWatchlist(name)) {
                    err.println("sitrep watchlist remove: no watchlist named '" + name + "'");
                    return ExitCodes.SOME_FAILED;
                }
                spec.commandLine().getOut().println("watchlist " + name + " removed");
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            } catch (StoreException e) {
                err.println("sitrep watchlist remove: " + e.getMessage());
                return ExitCodes.SOME_FAILED;
            }
        }
    }

    static String describe(Watchlist w) {
        StringBuilder s = new StringBuilder();
        append(s, "actor", w.actor());
        append(s, "country", w.country());
        append(s, "type", w.eventType());
        if (w.lat() != null) {
            append(s, "near", String.format(Locale.ROOT, "%.4f,%.4f within %s km", w.lat(), w.lon(), w.radiusKm()));
        }
        append(s, "text", w.text());
        append(s, "webhook", w.webhookUrl());
        append(s, "email", w.emailTo());
        return s.toString();
    }

    private static void append(StringBuilder s, String label, String value) {
        if (value != null) {
            s.append(s.length() == 0 ? "" : "; ").append(label).append(' ').append(value);
        }
    }
}
