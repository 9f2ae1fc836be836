package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.Article;
import org.sitrep.store.ArticleQuery;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "articles", footerHeading = "%nExamples:%n", footer = {"  sitrep articles --since 2024-10-01 --title korea", "  sitrep articles --format json --limit 0 > articles.jsonl", "  sitrep articles show 80dea485"},
        description = "Lists the stored articles, newest first (undated ones last).",
        subcommands = ArticlesCommand.Show.class)
final class ArticlesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "JDBC URL of the database (default: $SITREP_DB, else an H2 file in ./sitrep-data/)")
    String db;

    @Option(names = "--format", defaultValue = "table", description = "table, or json (one Article JSON object per line)")
    String format;

    @Option(names = "--limit", defaultValue = "50", description = "show at most this many (0: all; default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "skip this many first")
    int offset;

    @Option(names = "--title", paramLabel = "TEXT", description = "only articles whose title contains this (any case)")
    String title;

    @Option(names = "--since", paramLabel = "DATE", description = "only articles published on or after this ISO-8601 date")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "only articles published on or before this ISO-8601 date")
    String until;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("table") && !format.equals("json")) {
            err.println("sitrep articles: --format must be table or json, not '" + format + "'");
            return ExitCodes.USAGE;
        }
        if (limit < 0 || offset < 0) {
            err.println("sitrep articles: --limit and --offset must not be negative");
            return ExitCodes.USAGE;
        }
        String dates = EventsCommand.dateProblem(since, until);
        if (dates != null) {
            err.println("sitrep articles: " + dates);
            return ExitCodes.USAGE;
        }
        ArticleQuery query = ArticleQuery.all().withTitleContaining(title).withPublished(since, until).page(limit, offset);
        try (ArticleStore store = Databases.openExisting(db)) {
            if (format.equals("json")) {
                store.list(query).forEach(a -> out.println(a.json()));
            } else {
                List<ArticleSummary> articles = store.summaries(query);
                printTable(out, articles);
                long total = store.count(query);
                if (total > articles.size()) {
                    err.println("(" + articles.size() + " of " + total + " articles shown; see --limit and --offset)");
                }
            }
            out.flush();
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            err.println("sitrep articles: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (StoreException e) {
            err.println("sitrep articles: " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        }
    }

    private static void printTable(PrintWriter out, List<ArticleSummary> articles) {
        String row = "%-24s  %-17s  %-60s  %s%n";
        out.printf(row, "ID", "PUBLISHED", "TITLE", "SOURCE");
        for (ArticleSummary a : articles) {
            out.printf(row, a.id(), cell(a.published(), 17), cell(a.title(), 60), a.sourcePath() == null ? "" : a.sourcePath());
        }
    }

    /** A table cell: one line, cut to its width with an ellipsis; unknown is "-". */
    static String cell(String value, int width) {
        if (value == null || value.isBlank()) {
            return "-";
        }
        String line = ArticleListing.safe(value);
        return line.length() <= width ? line : line.substring(0, width - 1) + "…";
    }

    @Command(name = "show", footerHeading = "%nExamples:%n", footer = {"  sitrep articles show 80dea485", "  sitrep articles show --format json 80dea48539a85974e14ee990"},
        description = "Shows one stored article (by its id, or an unambiguous start of it).")
    static final class Show implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ParentCommand
        ArticlesCommand parent;

        @Parameters(paramLabel = "ID", description = "the article's id, or enough of its start to name one")
        String id;

        @Option(names = "--format", defaultValue = "text", description = "text, or json (the Article JSON)")
        String format;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!format.equals("text") && !format.equals("table") && !format.equals("json")) {
                err.println("sitrep articles show: --format must be text or json, not '" + format + "'");
                return ExitCodes.USAGE;
            }
            try (ArticleStore store = Databases.openExisting(parent.db)) {
                StoredArticle article = store.find(id).orElse(null);
                if (article == null) {
                    List<StoredArticle> candidates = store.list(ArticleQuery.all().withIdPrefix(id).page(2, 0));
                    if (candidates.size() != 1) {
                        err.println("sitrep articles show: " + (candidates.isEmpty() ? "no stored article has id " + id
                                : "more than one stored article has an id starting " + id));
                        return ExitCodes.SOME_FAILED;
                    }
                    article = candidates.get(0);
                }
                if (format.equals("json")) {
                    out.println(article.json());
                } else {
                    printText(out, article);
                }
                out.flush();
                return ExitCodes.OK;
            } catch (StoreException e) {
                err.println("sitrep articles show: " + e.getMessage());
                return ExitCodes.SOME_FAILED;
            }
        }

        private static void printText(PrintWriter out, StoredArticle stored) {
            Article a = stored.article();
            out.println("id:        " + a.id());
            out.println("title:     " + orDash(a.title()));
            out.println("published: " + (a.published() == null ? "-"
                    : a.published().value() + " (" + a.published().precision() + "; from \"" + a.published().basis() + "\")"));
            out.println("dateline:  " + orDash(a.dateline()));
            out.println("byline:    " + orDash(a.byline()));
            out.println("source:    " + (a.source() == null ? "-" : orDash(a.source().path()) + " (" + a.source().format() + ")"
                    + (a.source().url() == null ? "" : " " + a.source().url())));
            out.println("input:     " + stored.inputHash());
            out.println("stages:    " + String.join(",", stored.stages()));
            out.println("found:     " + a.entities().size() + " entities, " + a.times().size() + " times, "
                    + a.quotes().size() + " quotes, " + a.events().size() + " events, " + a.claims().size() + " claims");
            out.println();
            ArticleListing.print(out, a);
            out.println();
            out.println(a.body() == null ? "" : a.body().lines().map(ArticleListing::safe)
                    .collect(java.util.stream.Collectors.joining("\n")));
        }

        private static String orDash(String s) {
            return s == null || s.isBlank() ? "-" : ArticleListing.safe(s);
        }
    }
}
