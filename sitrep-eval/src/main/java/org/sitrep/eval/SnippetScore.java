package org.sitrep.eval;

/**
 * Counts for snippet-based extraction scoring, as trafilatura's benchmark does it: a snippet
 * that must be in the text and is found is a true positive, one that is missing a false
 * negative; a snippet that must not be in the text and is found is a false positive, one that
 * is absent a true negative.
 */
public record SnippetScore(int truePositives, int falseNegatives, int falsePositives, int trueNegatives) {

    public static final SnippetScore ZERO = new SnippetScore(0, 0, 0, 0);

    /** Scores one page's extracted text against its snippets, compared with whitespace normalised. */
    public static SnippetScore of(String extracted, Iterable<String> with, Iterable<String> without) {
        String text = normalize(extracted == null ? "" : extracted);
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int tn = 0;
        for (String s : with) {
            if (text.contains(normalize(s))) {
                tp++;
            } else {
                fn++;
            }
        }
        for (String s : without) {
            if (text.contains(normalize(s))) {
                fp++;
            } else {
                tn++;
            }
        }
        return new SnippetScore(tp, fn, fp, tn);
    }

    public SnippetScore plus(SnippetScore o) {
        return new SnippetScore(truePositives + o.truePositives, falseNegatives + o.falseNegatives,
                falsePositives + o.falsePositives, trueNegatives + o.trueNegatives);
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracy() {
        return ratio(truePositives + trueNegatives, truePositives + trueNegatives + falsePositives + falseNegatives);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** Runs of whitespace (no-break spaces included) become one space; ends are trimmed. */
    static String normalize(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
    }
}
