package org.sitrep.clean.extract;

import java.util.List;
import org.sitrep.model.InputDocument;

/**
 * Finds the articles in one decoded document and separates each one's parts: title, dateline,
 * publication time, summary, captions, body, with offsets into the document.
 */
public interface ArticleExtractor {
    List<CleanArticle> extract(InputDocument document);
}
