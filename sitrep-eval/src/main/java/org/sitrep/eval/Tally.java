package org.sitrep.eval;

import java.util.Locale;

/** Counts for precision (predictions that are right) and recall (gold items found), added up item by item. */
final class Tally {
    long predicted;
    long predictedRight;
    long gold;
    long goldFound;

    void add(Tally o) {
        predicted += o.predicted;
        predictedRight += o.predictedRight;
        gold += o.gold;
        goldFound += o.goldFound;
    }

    double precision() {
        return predicted == 0 ? 0 : (double) predictedRight / predicted;
    }

    double recall() {
        return gold == 0 ? 0 : (double) goldFound / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** "P/R/F1" as one word: {@code 0.512/0.430/0.467}. */
    String prf() {
        return String.format(Locale.ROOT, "%.3f/%.3f/%.3f", precision(), recall(), f1());
    }

    /** One report line: the label in a column this wide, P, R and F1, and the counts behind them. */
    String line(String label, int width) {
        return String.format(Locale.ROOT, "  %-" + width + "s P %.3f  R %.3f  F1 %.3f   (%d/%d predicted, %d/%d gold)",
                label, precision(), recall(), f1(), predictedRight, predicted, goldFound, gold);
    }
}
