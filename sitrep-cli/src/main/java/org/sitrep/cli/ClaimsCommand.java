package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.Claim;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.ClaimQuery;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoredClaim;
import org.sitrep.store.export.ClaimCsv;
import org.sitrep.store.export.JsonLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "claims", footerHeading = "%nExamples:%n", footer = {"  sitrep claims --subject troops",
                "  sitrep claims --since 2024-10 --format csv > claims.csv",
                "  sitrep claims --series --subject killed --format json"},
        description = {
        "Lists the stored claims (attributed figures: who says how many of what, as of when), newest first (by the date"
                + " a figure holds for, else its article's publication date), or exports them.",
        "Formats: table; json (JSON Lines: each claim as the Article JSON writes it, after its article's id, title and"
                + " URL); csv (sitrep's columns).",
        "--series groups claims about the same quantity in the same story, in time order, so a figure's moves and who"
                + " moved them show (json: one JSON array of series)."})
final class ClaimsCommand implements Callable<Integer> {

    static final List<String> FORMATS = List.of("table", "json", "csv");

    @Spec
    CommandSpec spec;

    @Mixin
    StoreQueryOptions options;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: table)")
    String format;

    @Option(names = "--since", paramLabel = "DATE",
            description = "only claims as of this ISO-8601 date or later (else their article published then or later)")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "only claims as of this ISO-8601 date or earlier")
    String until;

    @Option(names = "--subject", paramLabel = "TEXT", description = "only claims whose subject contains this (any case)")
    String subject;

    @Option(names = "--article", paramLabel = "ID", description = "only the claims of this article")
    String article;

    @Option(names = "--series", description = "claims about the same quantity in the same story as series, in time order")
    boolean series;

    @Option(names = "--limit", paramLabel = "N",
            description = "at most this many (0: all; default: " + EventsCommand.TABLE_LIMIT + " in a table, all otherwise)")
    Integer limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = options.problem(FORMATS, format, limit, since, until);
        if (problem != null) {
            err.println("sitrep claims: " + problem);
            return ExitCodes.USAGE;
        }
        int rows = StoreQueryOptions.rows(limit, format);
        ClaimQuery query = ClaimQuery.all().withDates(since, until).withSubjectContaining(subject).ofArticle(article)
                .page(rows, options.offset);
        try (ArticleStore store = Databases.openExisting(options.db)) {
            if (series) {
                ClaimSeriesOutput.write(format, store.links().claimSeries(query), out);
                out.flush();
                return ExitCodes.OK;
            }
            List<StoredClaim> claims = store.claims(query);
            switch (format) {
                case "json" -> claims.forEach(c -> out.println(JsonLines.claim(c)));
                case "csv" -> ClaimCsv.write(out, claims);
                default -> {
                    printTable(out, claims);
                    long total = store.countClaims(query);
                    if (total > claims.size()) {
                        err.println("(" + claims.size() + " of " + total + " claims shown; see --limit and --offset)");
                    }
                }
            }
            out.flush();
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            err.println("sitrep claims: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (StoreException e) {
            err.println("sitrep claims: " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        }
    }

    private static void printTable(PrintWriter out, List<StoredClaim> claims) {
        String row = "%-8s  %-10s  %-36s  %14s  %-12s  %-24s  %s%n";
        out.printf(row, "ARTICLE", "AS OF", "SUBJECT", "VALUE", "UNIT", "ACCORDING TO", "EVIDENCE");
        for (StoredClaim s : claims) {
            Claim c = s.claim();
            String value = c.value() == null ? "-" : (Boolean.TRUE.equals(c.approximate()) ? "~" : "") + c.value();
            out.printf(row, EventsCommand.prefix(s.articleId(), 8), cell(c.asOf() == null ? null : c.asOf().value(), 10), cell(c.subject(), 36),
                    value, cell(c.unit(), 12), cell(c.accordingTo() == null ? null : c.accordingTo().name(), 24),
                    cell(c.evidence() == null ? null : c.evidence().text(), 60));
        }
    }

    private static String cell(String value, int width) {
        return ArticlesCommand.cell(value, width);
    }
}
