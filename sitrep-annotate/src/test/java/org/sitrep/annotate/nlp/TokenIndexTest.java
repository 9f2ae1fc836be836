package org.sitrep.annotate.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.model.BodyText;
import org.sitrep.model.Span;

/**
 * The token index on real text: bodies made of several pieces of an input, with boilerplate left
 * out between them and "\n\n" separators in the body, so body and input offsets differ. Every
 * look-up is checked against a plain scan at every offset, both ways, and by hand at the edges.
 */
class TokenIndexTest {

    /** Written in our own words, in the seeds' manner, with invented names; boilerplate lines between paragraphs. */
    private static final String INPUT = "Short Url\nUpdated 2 March 2025\nFollow\n\n"
            + "KANDAR, Veloria: Border guards exchanged fire with militia fighters near the Tessin crossing on Friday, "
            + "officials said. Two guards were wounded.\n"
            + "Advertisement\n"
            + "The governor of Kandar province, Ilse Marrow, told reporters the crossing would stay closed until Monday.\n"
            + "Read also\n"
            + "“We will not reopen it under fire,” she said.\n";

    private static final List<String> KEEP = List.of(
            "KANDAR, Veloria: Border guards exchanged fire with militia fighters near the Tessin crossing on Friday, "
                    + "officials said. Two guards were wounded.",
            "The governor of Kandar province, Ilse Marrow, told reporters the crossing would stay closed until Monday.",
            "“We will not reopen it under fire,” she said.");

    /** A body of {@code paragraphs}, each found in {@code input}, joined by "\n\n" separators that map nowhere. */
    private static BodyText body(String input, List<String> paragraphs) {
        BodyText.Builder body = new BodyText.Builder();
        int from = 0;
        for (String p : paragraphs) {
            int at = input.indexOf(p, from);
            assertThat(at).as("paragraph in the input").isNotNegative();
            if (body.length() > 0) {
                body.appendSeparator("\n\n");
            }
            body.appendInput(p, at);
            from = at + p.length();
        }
        return body.build();
    }

    @Test
    void ownParagraphsMapBothWays() {
        BodyText body = body(INPUT, KEEP);
        NlpDocument doc = CoreNlpAnalyzer.instance().apply(body.text());
        TokenIndex index = TokenIndex.of(doc, body);
        checkAgainstScans(INPUT, body, doc, index);

        // a token by body offset and by input offset, and its input span
        int bodyAt = body.text().indexOf("Tessin");
        Token tessin = index.tokenAt(bodyAt + 3);
        assertThat(tessin.text()).isEqualTo("Tessin");
        int inputAt = INPUT.indexOf("Tessin");
        assertThat(index.inputSpan(tessin)).isEqualTo(new Span(inputAt, inputAt + "Tessin".length()));
        assertSame(tessin, index.tokenAtInput(inputAt));
        assertSame(tessin, index.tokenAtInput(inputAt + 5));
        assertThat(index.tokenAtInput(inputAt + 6)).as("the space after it").isNull();

        // the second paragraph starts after a "\n\n" separator that is in the body but not in the input
        int second = body.text().indexOf("The governor");
        assertThat(body.text().substring(second - 2, second)).isEqualTo("\n\n");
        assertThat(index.tokenAt(second - 1)).as("in the separator").isNull();
        assertThat(index.tokenAtOrAfter(second - 2).text()).isEqualTo("The");
        assertThat(index.tokenBefore(second - 1).text()).isEqualTo(".");
        assertThat(index.sentenceAt(second - 1)).as("between sentences").isNull();
        assertThat(index.tokensIn(second - 2, second)).isEmpty();
        assertThat(index.tokensIn(second - 3, second + 1)).extracting(Token::text).containsExactly(".", "The");

        // the dropped "Advertisement" line is at no token and in no sentence
        int ad = INPUT.indexOf("Advertisement");
        for (int i = ad; i < ad + "Advertisement".length(); i++) {
            assertThat(index.tokenAtInput(i)).isNull();
            assertThat(index.sentenceAtInput(i)).isNull();
        }
        assertThat(index.tokensInInput(ad - 9, ad + "Advertisement\n".length() + 1)).extracting(Token::text).containsExactly("wounded", ".", "The");

        // sentence edges: the first paragraph holds two sentences, one space apart
        Sentence first = index.sentenceAt(0);
        Sentence two = index.sentenceAt(body.text().indexOf("Two guards"));
        assertThat(two.index()).isEqualTo(first.index() + 1);
        assertSame(first, index.sentenceAt(first.end() - 1));
        assertThat(index.sentenceAt(first.end())).as("the space between them").isNull();
        assertSame(two, index.sentenceAt(two.start()));
        assertSame(first, index.sentenceOf(first.tokens().get(first.tokens().size() - 1)));
        assertSame(two, index.sentenceOf(two.tokens().get(0)));
        Span twoInInput = index.inputSpan(two);
        assertThat(INPUT.substring(twoInInput.start(), twoInInput.end())).isEqualTo("Two guards were wounded.");
        assertSame(two, index.sentenceAtInput(twoInInput.start()));
        assertSame(two, index.sentenceAtInput(twoInInput.end() - 1));
        assertThat(index.sentenceAtInput(twoInInput.end())).isNull();

        // the quote's curly marks are tokens of their own, in the input where they are in the body
        Token open = index.tokenAtInput(INPUT.indexOf('“'));
        assertThat(open.text()).isEqualTo("“");
        assertThat(index.sentenceOf(open).tokens()).extracting(Token::text).contains("reopen", "she", "said");

        // outside the body
        assertThat(index.tokenAt(-1)).isNull();
        assertThat(index.tokenAt(body.text().length())).isNull();
        assertThat(index.tokenAtOrAfter(body.text().length())).isNull();
        assertThat(index.tokenBefore(0)).isNull();
        assertThat(index.tokenAtInput(0)).as("the boilerplate before the body").isNull();
    }

    @Test
    void seedParagraphsMapBothWays() throws IOException {
        Path seeds = Path.of(System.getProperty("sitrep.shared", "../../shared")).resolve("seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no seeds at " + seeds.toAbsolutePath());
        List<Path> files;
        try (var list = Files.list(seeds)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Assumptions.assumeFalse(files.isEmpty(), "no seed texts");
        for (Path file : files) {
            String input = Files.readString(file);
            // every other paragraph line of the seed: the lines between are dropped, as boilerplate would be
            List<String> paragraphs = new ArrayList<>();
            boolean take = true;
            for (String line : input.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.length() > 80 && trimmed.endsWith(".")) {
                    if (take) {
                        paragraphs.add(trimmed);
                    }
                    take = !take;
                }
            }
            Assumptions.assumeTrue(paragraphs.size() >= 2, "too few paragraphs in " + file);
            BodyText body = body(input, paragraphs);
            NlpDocument doc = CoreNlpAnalyzer.instance().apply(body.text());
            TokenIndex index = TokenIndex.of(doc, body);
            assertThat(index.size()).isGreaterThan(50);
            checkAgainstScans(input, body, doc, index);
        }
    }

    /** Every look-up at every body and input offset (and random spans) against a linear scan. */
    private static void checkAgainstScans(String input, BodyText body, NlpDocument doc, TokenIndex index) {
        List<Token> tokens = doc.tokens();
        assertThat(index.tokens()).isEqualTo(tokens);
        String text = body.text();
        for (Token t : tokens) {
            Span span = index.inputSpan(t);
            assertThat(input.substring(span.start(), span.end())).as("input text of token %s", t).isEqualTo(t.text());
            assertThat(index.sentenceOf(t).tokens()).contains(t);
        }
        for (Sentence s : doc.sentences()) {
            Span span = index.inputSpan(s);
            assertThat(span).isEqualTo(body.toInput(s.start(), s.end()));
        }
        for (int b = -1; b <= text.length() + 1; b++) {
            final int at = b;
            Token covering = tokens.stream().filter(t -> t.start() <= at && at < t.end()).findFirst().orElse(null);
            assertThat(index.tokenAt(b)).as("token at body offset %d", b).isEqualTo(covering);
            Token next = tokens.stream().filter(t -> t.end() > at).findFirst().orElse(null);
            assertThat(index.tokenAtOrAfter(b)).as("token at or after body offset %d", b).isEqualTo(next);
            Token before = tokens.stream().filter(t -> t.end() <= at).reduce((x, y) -> y).orElse(null);
            assertThat(index.tokenBefore(b)).as("token before body offset %d", b).isEqualTo(before);
            Sentence sentence = doc.sentences().stream().filter(s -> s.start() <= at && at < s.end()).findFirst()
                    .orElse(null);
            assertThat(index.sentenceAt(b)).as("sentence at body offset %d", b).isEqualTo(sentence);
            assertThat(doc.sentenceAt(b)).as("NlpDocument.sentenceAt(%d)", b).isEqualTo(sentence);
        }
        for (int i = -1; i <= input.length() + 1; i++) {
            final int at = i;
            Token covering = tokens.stream().filter(t -> {
                Span s = index.inputSpan(t);
                return s.start() <= at && at < s.end();
            }).findFirst().orElse(null);
            assertThat(index.tokenAtInput(i)).as("token at input offset %d", i).isEqualTo(covering);
            Sentence sentence = doc.sentences().stream().filter(s -> {
                Span span = index.inputSpan(s);
                return span.start() <= at && at < span.end();
            }).findFirst().orElse(null);
            assertThat(index.sentenceAtInput(i)).as("sentence at input offset %d", i).isEqualTo(sentence);
        }
        Random random = new Random(13);
        for (int n = 0; n < 500; n++) {
            int s = random.nextInt(text.length() + 2) - 1;
            int e = s + random.nextInt(40); // empty spans too: they hold no token
            assertThat(index.tokensIn(s, e)).as("tokens in body [%d, %d)", s, e)
                    .isEqualTo(tokens.stream().filter(t -> s < e && t.start() < e && s < t.end()).toList());
            int is = random.nextInt(input.length() + 2) - 1;
            int ie = is + random.nextInt(60);
            assertThat(index.tokensInInput(is, ie)).as("tokens in input [%d, %d)", is, ie)
                    .isEqualTo(tokens.stream().filter(t -> {
                        Span span = index.inputSpan(t);
                        return is < ie && span.start() < ie && is < span.end();
                    }).toList());
        }
    }
}
