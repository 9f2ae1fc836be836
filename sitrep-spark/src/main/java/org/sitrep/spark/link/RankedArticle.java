package org.sitrep.spark.link;

import java.io.Serializable;

/** An article with its place in ingest order (0 first), as Article JSON. */
public record RankedArticle(long rank, String json) implements Serializable {
}
