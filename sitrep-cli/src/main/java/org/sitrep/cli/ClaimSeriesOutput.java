package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Claim;
import org.sitrep.store.ClaimSeries;
import org.sitrep.store.StoredClaim;
import org.sitrep.store.export.Csv;

/** {@code sitrep claims --series}: each series of figures about one quantity, in time order, with who gave each. */
final class ClaimSeriesOutput {

    private ClaimSeriesOutput() {
    }

    static void write(String format, List<ClaimSeries> series, PrintWriter out) {
        switch (format) {
            case "json" -> out.println(ArticleJson.toJson(series));
            case "csv" -> {
                Csv csv = new Csv(out);
                csv.row(List.of("series", "subject", "unit", "story_id", "as_of", "value", "approximate", "according_to",
                        "article_id", "article_title", "evidence"));
                int n = 1;
                for (ClaimSeries s : series) {
                    for (StoredClaim p : s.points()) {
                        Claim c = p.claim();
                        csv.row(java.util.Arrays.asList(n, s.subject(), s.unit(), s.storyId(), asOf(p), c.value(), c.approximate(),
                                c.accordingTo() == null ? null : c.accordingTo().name(), p.articleId(), p.articleTitle(),
                                c.evidence() == null ? null : c.evidence().text()));
                    }
                    n++;
                }
            }
            default -> {
                for (ClaimSeries s : series) {
                    out.printf("%s (%s), story %d%n", AreaArgs.cell(s.subject(), 60), AreaArgs.cell(s.unit(), 20), s.storyId());
                    for (StoredClaim p : s.points()) {
                        Claim c = p.claim();
                        String value = (Boolean.TRUE.equals(c.approximate()) ? "~" : "") + c.value();
                        out.printf("  %-12s  %14s  %-30s  %s%n", AreaArgs.cell(asOf(p), 12), value,
                                AreaArgs.cell(c.accordingTo() == null ? "(the article)" : c.accordingTo().name(), 30),
                                AreaArgs.cell(p.articleTitle(), 70));
                    }
                }
            }
        }
    }

    /** The date the figure holds for; else its article's publication date, in parentheses. */
    private static String asOf(StoredClaim p) {
        if (p.claim().asOf() != null && p.claim().asOf().value() != null) {
            return p.claim().asOf().value();
        }
        return p.articlePublished() == null ? null : "(" + EventsCommand.prefix(p.articlePublished(), 10) + ")";
    }
}
