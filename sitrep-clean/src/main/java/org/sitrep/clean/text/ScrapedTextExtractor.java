package org.sitrep.clean.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.clean.extract.ArticleExtractor;
import org.sitrep.clean.extract.CleanArticle;
import org.sitrep.clean.date.PublicationDateParser;
import org.sitrep.model.Article;
import org.sitrep.model.BodyText;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.model.Span;

/**
 * Scraped plain text: finds the articles in it and gives each its own title, short URL, summary,
 * captions, dateline, publication time and body.
 *
 * <p>Scraped pages interleave runs of running text (bodies) with runs of page furniture: headlines,
 * often repeated; photo captions; interface words; date lines; bullet summaries; short links. The
 * furniture does not always stand before the body it belongs to, so each group of furniture (a
 * headline and what follows it) is given to the neighbouring body whose words it shares most,
 * not simply to the next one.
 */
public final class ScrapedTextExtractor implements ArticleExtractor {

    /** "SEOUL, South Korea:", "KABUL:", "WASHINGTON (Reuters) -": an upper-case place opening the first paragraph. */
    private static final Pattern DATELINE = Pattern.compile(
            "^((?:[A-Z][A-Z.'’-]+)(?:[ -][A-Z][A-Z.'’-]+){0,3}(?:,\\s+[A-Z][\\p{L}.'’-]*(?:\\s+[A-Z][\\p{L}.'’-]*){0,3})?)"
                    + "(?:\\s*\\([^)]{1,30}\\))?\\s*(?::|—|–|--|-)\\s+(?=\\S)");

    /** "By Jane Doe", "By Jane Doe and John Roe, Reuters": a byline that says it is one. */
    private static final Pattern BY_LINE = Pattern.compile(
            "^By\\s+\\p{Lu}[\\p{L}.'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|de|van|von|al|bin|da|del))*(?:\\s*[,|/]\\s*[^,|/]{1,60})?$");
    /** A line of two to four capitalised words: a name. */
    private static final Pattern NAME_LINE = Pattern.compile("^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}$");

    private final LineClassifier classifier = new LineClassifier();
    private final PublicationDateParser dates = new PublicationDateParser();

    /** A run of lines: a body (running text) or page furniture between bodies. */
    private record Run(boolean body, List<Line> lines, int blanksBefore) {
    }

    /** Furniture that travels together: a headline and the lines after it, up to the next different headline. */
    private record Group(List<Line> lines, Line headline) {
    }

    /** Everything collected for one article while assigning furniture. */
    private static final class Draft {
        final List<Line> body = new ArrayList<>();
        final List<Line> furniture = new ArrayList<>();
        Line headline;
        double headlineScore = -1;
        Set<String> words;
    }

    @Override
    public List<CleanArticle> extract(InputDocument document) {
        List<Line> lines = classifier.classify(document.text());
        List<Run> runs = runs(lines);
        List<Draft> drafts = new ArrayList<>();
        List<Integer> bodyAt = new ArrayList<>(); // index in runs of each draft's last body run
        Set<Integer> absorbed = new HashSet<>(); // furniture runs folded into a body
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            if (!run.body()) {
                continue;
            }
            if (!drafts.isEmpty() && continuesPrevious(runs, i)) {
                Draft previous = drafts.get(drafts.size() - 1);
                absorbInner(previous, runs.get(i - 1));
                absorbed.add(i - 1);
                previous.body.addAll(run.lines());
                bodyAt.set(bodyAt.size() - 1, i);
                continue;
            }
            Draft draft = new Draft();
            draft.body.addAll(run.lines());
            drafts.add(draft);
            bodyAt.add(i);
        }
        if (drafts.isEmpty()) {
            return List.of(fallback(document, lines));
        }
        for (Draft d : drafts) {
            StringBuilder all = new StringBuilder();
            d.body.forEach(l -> all.append(l.text()).append('\n'));
            d.words = ContentWords.of(all.toString());
        }
        assignFurniture(runs, drafts, bodyAt, absorbed);
        List<CleanArticle> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(build(document, d));
        }
        return out;
    }

    private static List<Run> runs(List<Line> lines) {
        List<Run> runs = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        boolean currentBody = false;
        int blanks = 0;
        int blanksBeforeCurrent = 0;
        for (Line line : lines) {
            if (line.kind() == Line.Kind.BLANK) {
                blanks++;
                continue;
            }
            boolean body = line.kind() == Line.Kind.PROSE;
            if (!current.isEmpty() && body != currentBody) {
                runs.add(new Run(currentBody, current, blanksBeforeCurrent));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                currentBody = body;
                blanksBeforeCurrent = blanks;
            }
            current.add(line);
            blanks = 0;
        }
        if (!current.isEmpty()) {
            runs.add(new Run(currentBody, current, blanksBeforeCurrent));
        }
        return runs;
    }

    /**
     * Whether the body run at {@code i} goes on the body before it, the furniture between them being
     * a subheading, a caption or an advertisement label rather than the header of a new article.
     */
    private boolean continuesPrevious(List<Run> runs, int i) {
        Run between = runs.get(i - 1);
        if (between.body()) {
            return true;
        }
        if (between.blanksBefore() >= 2 || dateline(runs.get(i).lines().get(0).text()) != null) {
            return false;
        }
        List<String> headlines = new ArrayList<>();
        for (Line l : between.lines()) {
            switch (l.kind()) {
                case DATE, BULLET, URL -> {
                    return false;
                }
                case HEADLINE -> {
                    String key = key(l.text());
                    if (headlines.contains(key)) {
                        return false; // a repeated headline heads a new article
                    }
                    headlines.add(key);
                }
                default -> {
                }
            }
        }
        return headlines.size() <= 1;
    }

    /** Furniture inside one body: subheadings stay in the text, captions are captions, the rest goes. */
    private static void absorbInner(Draft draft, Run between) {
        if (between.body()) {
            return;
        }
        for (Line l : between.lines()) {
            if (l.kind() == Line.Kind.HEADLINE) {
                draft.body.add(l);
            } else {
                draft.furniture.add(l);
            }
        }
    }

    private void assignFurniture(List<Run> runs, List<Draft> drafts, List<Integer> bodyAt, Set<Integer> absorbed) {
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            if (run.body() || absorbed.contains(i)) {
                continue;
            }
            Draft before = null;
            Draft after = null;
            for (int d = 0; d < drafts.size(); d++) {
                if (bodyAt.get(d) < i) {
                    before = drafts.get(d);
                } else if (after == null) {
                    after = drafts.get(d);
                }
            }
            boolean first = true;
            for (Group g : groups(run.lines())) {
                Draft target = chooseBody(g, before, after, first);
                first = false;
                target.furniture.addAll(g.lines());
                if (g.headline() != null) {
                    double score = ContentWords.coverage(ContentWords.of(g.headline().text()), target.words);
                    if (score > target.headlineScore) {
                        target.headline = g.headline();
                        target.headlineScore = score;
                    }
                }
            }
        }
    }

    private static List<Group> groups(List<Line> lines) {
        List<Group> groups = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        Line headline = null;
        for (Line l : lines) {
            if (l.kind() == Line.Kind.HEADLINE && (headline == null || !key(headline.text()).equals(key(l.text())))) {
                if (!current.isEmpty()) {
                    groups.add(new Group(current, headline));
                }
                current = new ArrayList<>();
                headline = l;
            }
            current.add(l);
        }
        if (!current.isEmpty()) {
            groups.add(new Group(current, headline));
        }
        return groups;
    }

    /**
     * The body a group of furniture belongs to: the one whose words its text shares most; on a tie,
     * the next body (headers usually stand before), except for headless furniture right after a body.
     */
    private static Draft chooseBody(Group g, Draft before, Draft after, boolean firstInRun) {
        if (before == null) {
            return after;
        }
        if (after == null) {
            return before;
        }
        StringBuilder text = new StringBuilder();
        for (Line l : g.lines()) {
            if (l.kind() == Line.Kind.HEADLINE || l.kind() == Line.Kind.BULLET || l.kind() == Line.Kind.CAPTION) {
                text.append(l.text()).append('\n');
            }
        }
        Set<String> words = ContentWords.of(text.toString());
        if (words.isEmpty()) {
            return g.headline() == null && firstInRun ? before : after;
        }
        double toBefore = ContentWords.coverage(words, before.words);
        double toAfter = ContentWords.coverage(words, after.words);
        return toBefore > toAfter ? before : after;
    }

    private CleanArticle build(InputDocument document, Draft d) {
        Instant retrieved = document.retrievedAt();
        List<String> summary = new ArrayList<>();
        List<Span> summarySpans = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        List<Span> captionSpans = new ArrayList<>();
        String shortUrl = null;
        Published published = null;
        Span wireDateline = null;
        int spanStart = Integer.MAX_VALUE;
        int spanEnd = 0;
        for (Line l : d.furniture) {
            spanStart = Math.min(spanStart, l.start());
            spanEnd = Math.max(spanEnd, l.end());
            switch (l.kind()) {
                case BULLET -> {
                    int off = LineClassifier.bulletTextOffset(l.text());
                    String item = l.text().substring(off);
                    if (!summary.contains(item)) {
                        summary.add(item);
                        summarySpans.add(new Span(l.start() + off, l.end(), item));
                    }
                }
                case CAPTION -> {
                    captions.add(l.text());
                    captionSpans.add(new Span(l.start(), l.end(), l.text()));
                }
                case URL -> {
                    if (shortUrl == null) {
                        shortUrl = l.text();
                    }
                }
                case DATE -> {
                    Matcher wire = classifier.wireDateline(l.text());
                    if (wire != null && wireDateline == null) {
                        wireDateline = new Span(l.start(), l.start() + wire.group(1).length(), wire.group(1));
                    }
                    if (published == null) {
                        published = dates.parseLine(wire != null ? wire.group(2) : l.text(), retrieved).orElse(null);
                    }
                }
                default -> {
                }
            }
        }
        BodyText.Builder body = new BodyText.Builder();
        String dateline = null;
        Span datelineSpan = null;
        for (int i = 0; i < d.body.size(); i++) {
            Line l = d.body.get(i);
            spanStart = Math.min(spanStart, l.start());
            spanEnd = Math.max(spanEnd, l.end());
            String text = l.text();
            int start = l.start();
            if (i == 0) {
                Matcher m = dateline(text);
                if (m != null) {
                    dateline = m.group(1);
                    datelineSpan = new Span(start, start + m.group(1).length(), dateline);
                    text = text.substring(m.end());
                    start += m.end();
                }
            }
            if (body.length() > 0) {
                body.appendSeparator("\n\n");
            }
            body.appendInput(text, start);
        }
        BodyText bodyText = body.build();
        Line byline = byline(d);
        if (dateline == null && wireDateline != null) {
            dateline = wireDateline.text();
            datelineSpan = wireDateline;
        }
        if (published == null && document.published() != null) {
            published = fromContainer(document.published());
        }
        Line headline = d.headline;
        String title = headline != null ? headline.text() : document.title();
        Span titleSpan = headline != null ? new Span(headline.start(), headline.end(), headline.text()) : null;
        if (headline != null) {
            spanStart = Math.min(spanStart, headline.start());
        }
        List<BodyText.Piece> pieces = bodyText.pieces();
        Span bodySpan = pieces.isEmpty() ? new Span(0, 0) : new Span(pieces.get(0).inputStart(),
                pieces.get(pieces.size() - 1).inputStart() + pieces.get(pieces.size() - 1).length());
        Article article = Article.builder()
                .source(new Source(document.path(), document.url(), retrieved == null ? null : retrieved.toString(),
                        document.format(), document.fileOffsets()))
                .span(new Span(Math.min(spanStart, spanEnd), spanEnd))
                .title(title)
                .titleSpan(titleSpan)
                .shortUrl(shortUrl)
                .dateline(dateline)
                .datelineSpan(datelineSpan)
                .published(published)
                .summary(summary)
                .summarySpans(summarySpans)
                .captions(captions)
                .captionSpans(captionSpans)
                .byline(byline == null ? null : byline.text())
                .bylineSpan(byline == null ? null : new Span(byline.start(), byline.end(), byline.text()))
                .language(Languages.guess(bodyText.text()))
                .body(bodyText.text())
                .bodySpan(bodySpan)
                .build();
        return new CleanArticle(article, bodyText);
    }

    /**
     * The article's byline among its furniture: a line that says "By ..." or, in wire copy, a name standing alone on
     * the line after the headline, with the dateline or the story right after it; null when there is none.
     */
    private static Line byline(Draft d) {
        for (Line l : d.furniture) {
            if (l.kind() != Line.Kind.HEADLINE || l == d.headline || l.text().length() > 100) {
                continue;
            }
            if (BY_LINE.matcher(l.text()).matches()) {
                return l;
            }
            if (d.headline != null && l.index() == d.headline.index() + 1 && NAME_LINE.matcher(l.text()).matches()
                    && startsStory(d, l.index() + 1)) {
                return l;
            }
        }
        return null;
    }

    /** Whether the line at {@code index} opens the story: its dateline line or its body's first line. */
    private static boolean startsStory(Draft d, int index) {
        return !d.body.isEmpty() && d.body.get(0).index() == index
                || d.furniture.stream().anyMatch(l -> l.index() == index && l.kind() == Line.Kind.DATE);
    }

    /** A publication time given by the container (feed item date, --published). */
    static Published fromContainer(String value) {
        String v = value.strip();
        String precision = v.length() <= 4 ? "year" : v.length() <= 7 ? "month" : v.length() <= 10 ? "day" : "second";
        return new Published(v, precision, "given with the input");
    }

    /** Text with no running prose at all (a bare headline, a list): one article of all its lines. */
    private CleanArticle fallback(InputDocument document, List<Line> lines) {
        Draft d = new Draft();
        for (Line l : lines) {
            if (l.kind() != Line.Kind.BLANK && l.kind() != Line.Kind.INTERFACE) {
                d.body.add(l);
            }
        }
        return build(document, d);
    }

    static Matcher dateline(String firstLine) {
        Matcher m = DATELINE.matcher(firstLine);
        if (m.find() && m.group(1).length() <= 40 && m.group(1).replaceAll("[^A-Z]", "").length() >= 2) {
            return m;
        }
        return null;
    }

    private static String key(String headline) {
        return headline.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

}
