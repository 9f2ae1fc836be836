/**
 * Full-text search over the stored articles: {@link org.sitrep.store.search.ArticleIndex} is what callers (the
 * command line, later a server) see; {@link org.sitrep.store.search.LuceneArticleIndex} keeps the index in a folder
 * beside the database ({@link org.sitrep.store.search.SearchIndexes} says where) and can be rebuilt from the store
 * at any time, since the store is the record and the index only a view of it.
 */
package org.sitrep.store.search;
