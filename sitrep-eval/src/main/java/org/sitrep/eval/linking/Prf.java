package org.sitrep.eval.linking;

/** Recall and precision of one coreference metric, and their F1. */
public record Prf(double recall, double precision) {

    public double f1() {
        return recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
    }

    static Prf of(double recallNumerator, double recallDenominator, double precisionNumerator, double precisionDenominator) {
        return new Prf(recallDenominator == 0 ? 0 : recallNumerator / recallDenominator,
                precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator);
    }
}
