package org.sitrep.model;

import java.util.List;

/**
 * One news article as sitrep reads it: the contract of {@code sitrep annotate} and of the API
 * (see DESIGN.md, "Article JSON"). Every offset points into the decoded input document.
 * Immutable; stages return a changed copy through the {@code with...} methods.
 */
public record Article(
        String id,
        Source source,
        Span span,
        String title,
        TextSpan titleSpan,
        String shortUrl,
        String dateline,
        TextSpan datelineSpan,
        Published published,
        List<String> summary,
        List<TextSpan> summarySpans,
        List<String> captions,
        List<TextSpan> captionSpans,
        String byline,
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

    public Article withId(String newId) {
        return new Article(newId, source, span, title, titleSpan, shortUrl, dateline, datelineSpan, published,
                summary, summarySpans, captions, captionSpans, byline, language, body, bodySpan,
                entities, times, quotes, events, claims);
    }

    public Article withPublished(Published newPublished) {
        return new Article(id, source, span, title, titleSpan, shortUrl, dateline, datelineSpan, newPublished,
                summary, summarySpans, captions, captionSpans, byline, language, body, bodySpan,
                entities, times, quotes, events, claims);
    }

    public Article withLanguage(String newLanguage) {
        return new Article(id, source, span, title, titleSpan, shortUrl, dateline, datelineSpan, published,
                summary, summarySpans, captions, captionSpans, byline, newLanguage, body, bodySpan,
                entities, times, quotes, events, claims);
    }

    public Article withEntities(List<Entity> newEntities) {
        return new Article(id, source, span, title, titleSpan, shortUrl, dateline, datelineSpan, published,
                summary, summarySpans, captions, captionSpans, byline, language, body, bodySpan,
                newEntities, times, quotes, events, claims);
    }

    public Article withTimes(List<TimeExpression> newTimes) {
        return new Article(id, source, span, title, titleSpan, shortUrl, dateline, datelineSpan, published,
                summary, summarySpans, captions, captionSpans, byline, language, body, bodySpan,
                entities, newTimes, quotes, events, claims);
    }

    public Article withQuotes(List<Quote> newQuotes) {
        return new Article(id, source, span, title, titleSpan, shortUrl, dateline, datelineSpan, published,
                summary, summarySpans, captions, captionSpans, byline, language, body, bodySpan,
                entities, times, newQuotes, events, claims);
    }

    public Article withEvents(List<Event> newEvents) {
        return new Article(id, source, span, title, titleSpan, shortUrl, dateline, datelineSpan, published,
                summary, summarySpans, captions, captionSpans, byline, language, body, bodySpan,
                entities, times, quotes, newEvents, claims);
    }

    public Article withClaims(List<Claim> newClaims) {
        return new Article(id, source, span, title, titleSpan, shortUrl, dateline, datelineSpan, published,
                summary, summarySpans, captions, captionSpans, byline, language, body, bodySpan,
                entities, times, quotes, events, newClaims);
    }
}
