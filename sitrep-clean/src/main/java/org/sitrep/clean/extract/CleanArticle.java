package org.sitrep.clean.extract;

import org.sitrep.model.Article;
import org.sitrep.model.BodyText;

/** An article as cleaning leaves it: its fields filled up to the body, and the body's map to the input. */
public record CleanArticle(Article article, BodyText body) {
}
