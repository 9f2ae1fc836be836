/**
 * What every extractor of the clean stage shares: the {@link org.sitrep.clean.extract.ArticleExtractor} contract and
 * its output, {@link org.sitrep.clean.extract.CleanArticle}. Apart from the extractors ({@code clean.text},
 * {@code clean.html}) and from {@link org.sitrep.clean.Cleaner}, which picks one, so the packages lean one way.
 */
package org.sitrep.clean.extract;
