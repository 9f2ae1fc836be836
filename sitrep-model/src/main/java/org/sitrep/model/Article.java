package org.sitrep.model;

import java.util.List;

/**
 * One news article as sitrep reads it: the contract of {@code sitrep annotate} and of the API
 * (see DESIGN.md, "Article JSON"). Every offset points into the decoded input document.
 *
 * <p>Immutable: lists are copied on construction. It has too many fields to build by position, so it is
 * built by name with {@link #builder()}, and a stage changes the part it assigns on a copy:
 * {@code article.toBuilder().entities(found).build()}. The components stay flat, in the order of the
 * JSON object, because that order is the contract's field order and every stage reads them directly.
 *
 * @param id the stable content hash, set by cleaning once the article's text is known
 * @param source where the article came from
 * @param span the article's extent in the input (no text)
 * @param title the headline, or null
 * @param titleSpan where the headline stands in the input, or null when it was not read from a line of it
 *                  (a page's metadata, a feed item's title)
 * @param shortUrl a short link printed with the article (a line holding only a URL), or null
 * @param dateline the place line opening the body ("SEOUL, South Korea"), or null
 * @param datelineSpan where the dateline stands in the input, or null
 * @param published the publication time and what it was read from, or null
 * @param summary the summary's items (bullets set apart from the body), in order
 * @param summarySpans where each summary item stands, in the same order
 * @param captions the captions of pictures, in order
 * @param captionSpans where each caption stands, in the same order
 * @param byline the byline, or null
 * @param bylineSpan where the byline stands in the input, or null (a byline read from a page's metadata stands nowhere)
 * @param language the language code ("en"), or null
 * @param body the clean body text
 * @param bodySpan the extent of the body in the input (no text: the body is cleaned, not a copy)
 * @param entities people, organisations, places, ... with their mentions
 * @param times time expressions with their normalised values
 * @param quotes what was said, with who said it
 * @param events typed events with their evidence
 * @param claims attributed assertions with their evidence
 */
public record Article(
        String id,
        Source source,
        Span span,
        String title,
        Span titleSpan,
        String shortUrl,
        String dateline,
        Span datelineSpan,
        Published published,
        List<String> summary,
        List<Span> summarySpans,
        List<String> captions,
        List<Span> captionSpans,
        String byline,
        Span bylineSpan,
        String language,
        String body,
        Span bodySpan,
        List<Entity> entities,
        List<TimeExpression> times,
        List<Quote> quotes,
        List<Event> events,
        List<Claim> claims) {

    public Article {
        summary = copy(summary);
        summarySpans = copy(summarySpans);
        captions = copy(captions);
        captionSpans = copy(captionSpans);
        entities = copy(entities);
        times = copy(times);
        quotes = copy(quotes);
        events = copy(events);
        claims = copy(claims);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A builder with every field unset (null, or empty for lists). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this article's fields, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds an {@link Article} by field name; one setter per field, named as the field. */
    public static final class Builder {
        private String id;
        private Source source;
        private Span span;
        private String title;
        private Span titleSpan;
        private String shortUrl;
        private String dateline;
        private Span datelineSpan;
        private Published published;
        private List<String> summary;
        private List<Span> summarySpans;
        private List<String> captions;
        private List<Span> captionSpans;
        private String byline;
        private Span bylineSpan;
        private String language;
        private String body;
        private Span bodySpan;
        private List<Entity> entities;
        private List<TimeExpression> times;
        private List<Quote> quotes;
        private List<Event> events;
        private List<Claim> claims;

        private Builder() {
        }

        private Builder(Article a) {
            id = a.id;
            source = a.source;
            span = a.span;
            title = a.title;
            titleSpan = a.titleSpan;
            shortUrl = a.shortUrl;
            dateline = a.dateline;
            datelineSpan = a.datelineSpan;
            published = a.published;
            summary = a.summary;
            summarySpans = a.summarySpans;
            captions = a.captions;
            captionSpans = a.captionSpans;
            byline = a.byline;
            bylineSpan = a.bylineSpan;
            language = a.language;
            body = a.body;
            bodySpan = a.bodySpan;
            entities = a.entities;
            times = a.times;
            quotes = a.quotes;
            events = a.events;
            claims = a.claims;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder source(Source source) {
            this.source = source;
            return this;
        }

        public Builder span(Span span) {
            this.span = span;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder titleSpan(Span titleSpan) {
            this.titleSpan = titleSpan;
            return this;
        }

        public Builder shortUrl(String shortUrl) {
            this.shortUrl = shortUrl;
            return this;
        }

        public Builder dateline(String dateline) {
            this.dateline = dateline;
            return this;
        }

        public Builder datelineSpan(Span datelineSpan) {
            this.datelineSpan = datelineSpan;
            return this;
        }

        public Builder published(Published published) {
            this.published = published;
            return this;
        }

        public Builder summary(List<String> summary) {
            this.summary = summary;
            return this;
        }

        public Builder summarySpans(List<Span> summarySpans) {
            this.summarySpans = summarySpans;
            return this;
        }

        public Builder captions(List<String> captions) {
            this.captions = captions;
            return this;
        }

        public Builder captionSpans(List<Span> captionSpans) {
            this.captionSpans = captionSpans;
            return this;
        }

        public Builder byline(String byline) {
            this.byline = byline;
            return this;
        }

        public Builder bylineSpan(Span bylineSpan) {
            this.bylineSpan = bylineSpan;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder bodySpan(Span bodySpan) {
            this.bodySpan = bodySpan;
            return this;
        }

        public Builder entities(List<Entity> entities) {
            this.entities = entities;
            return this;
        }

        public Builder times(List<TimeExpression> times) {
            this.times = times;
            return this;
        }

        public Builder quotes(List<Quote> quotes) {
            this.quotes = quotes;
            return this;
        }

        public Builder events(List<Event> events) {
            this.events = events;
            return this;
        }

        public Builder claims(List<Claim> claims) {
            this.claims = claims;
            return this;
        }

        public Article build() {
            return new Article(id, source, span, title, titleSpan, shortUrl, dateline, datelineSpan, published,
                    summary, summarySpans, captions, captionSpans, byline, bylineSpan, language, body, bodySpan,
                    entities, times, quotes, events, claims);
        }
    }
}
