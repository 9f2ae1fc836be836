package org.sitrep.annotate;

/**
 * The names of what stages read and write, as {@link Annotator#requires()}, {@link Annotator#assigns()} and
 * {@link Annotator#rewrites()} declare them (spaCy's {@code requires}/{@code assigns} is the model). The
 * pipeline orders its stages from these declarations alone: a stage runs after every stage that assigns or
 * rewrites what it requires.
 */
public final class Attributes {

    /** The cleaned article: title, dateline, published date, summary, captions, byline, body and their spans. */
    public static final String TEXT = "article.text";
    /** The article's entities with their mentions, titles, affiliations and countries. */
    public static final String ENTITIES = "article.entities";
    /** Where each place-like entity lies on the map ({@code entity.place}, {@code entity.country}). */
    public static final String PLACES = "entity.place";
    /** The article's time expressions, anchored. */
    public static final String TIMES = "article.times";
    /** The article's quotes with their speakers. */
    public static final String QUOTES = "article.quotes";
    /** The article's typed events. */
    public static final String EVENTS = "article.events";
    /** The article's attributed claims. */
    public static final String CLAIMS = "article.claims";

    private Attributes() {
    }
}
