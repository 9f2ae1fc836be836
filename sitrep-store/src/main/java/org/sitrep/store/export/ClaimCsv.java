package org.sitrep.store.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Claim;
import org.sitrep.store.StoredClaim;

/** Every claim in sitrep's own columns (RFC 4180 CSV), with its evidence as cited and its article. */
public final class ClaimCsv {

    public static final List<String> COLUMNS = List.of("article_id", "claim_index", "subject", "value", "unit",
            "approximate", "according_to", "as_of", "as_of_precision", "evidence_start", "evidence_end", "evidence",
            "article_title", "article_url", "article_published", "source_path");

    private ClaimCsv() {
    }

    public static void write(Writer out, Iterable<StoredClaim> claims) {
        Csv csv = new Csv(out);
        csv.row(COLUMNS);
        for (StoredClaim c : claims) {
            csv.row(row(c));
        }
    }

    public static List<Object> row(StoredClaim stored) {
        Claim c = stored.claim();
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(stored.articleId());
        row.add(stored.index());
        row.add(c.subject());
        row.add(c.value());
        row.add(c.unit());
        row.add(c.approximate());
        row.add(c.accordingTo() == null ? null : c.accordingTo().name());
        row.add(c.asOf() == null ? null : c.asOf().value());
        row.add(c.asOf() == null ? null : c.asOf().precision());
        row.add(c.evidence() == null ? null : c.evidence().start());
        row.add(c.evidence() == null ? null : c.evidence().end());
        row.add(c.evidence() == null ? null : c.evidence().text());
        row.add(stored.articleTitle());
        row.add(stored.articleUrl());
        row.add(stored.articlePublished());
        row.add(stored.sourcePath());
        return row;
    }
}
