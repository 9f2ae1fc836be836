package org.sitrep.eval.time;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.eval.time.TimeMlDocument.GoldTimex;

/**
 * TempEval-3 style counts for time expressions: strict (same extent) and relaxed (overlapping
 * extent, one to one) matches, and among relaxed matches those with the right value and type.
 * Value F1 is the F1 of relaxed matches that also have the gold value.
 */
public final class TimexScore {

    /** A system expression as scored: extent, value, type. */
    public record SystemTimex(int start, int end, String text, String value, String type) {
    }

    /** A scored pair or a miss, for error listings: either side may be null. */
    public record Pair(GoldTimex gold, SystemTimex system) {
    }

    private int gold;
    private int system;
    private int strict;
    private int relaxed;
    private int value;
    private int type;
    private int canonicalValue;
    private final List<Pair> errors = new ArrayList<>();

    /** Scores one document's system output against its gold expressions. */
    public void add(List<GoldTimex> goldTimexes, List<SystemTimex> systemTimexes) {
        gold += goldTimexes.size();
        system += systemTimexes.size();
        boolean[] used = new boolean[systemTimexes.size()];
        for (GoldTimex g : goldTimexes) {
            int match = -1;
            for (int i = 0; i < systemTimexes.size(); i++) {
                SystemTimex s = systemTimexes.get(i);
                if (!used[i] && s.start() < g.end() && g.start() < s.end()) {
                    // prefer the exact extent if several overlap
                    if (match < 0 || (s.start() == g.start() && s.end() == g.end())) {
                        match = i;
                    }
                }
            }
            if (match < 0) {
                errors.add(new Pair(g, null));
                continue;
            }
            used[match] = true;
            SystemTimex s = systemTimexes.get(match);
            relaxed++;
            if (s.start() == g.start() && s.end() == g.end()) {
                strict++;
            }
            if (canonical(s.value()).equals(canonical(g.value()))) {
                canonicalValue++;
            }
            if (s.value().equals(g.value())) {
                value++;
            } else {
                errors.add(new Pair(g, s));
            }
            if (s.type().equals(g.type())) {
                type++;
            }
        }
        for (int i = 0; i < systemTimexes.size(); i++) {
            if (!used[i]) {
                errors.add(new Pair(null, systemTimexes.get(i)));
            }
        }
    }

    /**
     * A TIMEX3 value in one spelling where TimeML allows several for the same value, so that the
     * secondary figure does not count spelling as error: week numbers padded (1998-W7 is 1998-W07),
     * an hour without minutes given them (T24 is T24:00), a decade's trailing X dropped (199X is 199).
     */
    static String canonical(String value) {
        if (value == null) {
            return "";
        }
        String v = value.replaceAll("-W(\\d)(?!\\d)", "-W0$1");
        v = v.replaceAll("T(\\d\\d)$", "T$1:00");
        v = v.replaceAll("^(\\d{3})X$", "$1");
        return v;
    }

    public int gold() {
        return gold;
    }

    public int system() {
        return system;
    }

    public double strictF1() {
        return f1(strict);
    }

    public double relaxedF1() {
        return f1(relaxed);
    }

    public double valueF1() {
        return f1(value);
    }

    public double precision(int correct) {
        return system == 0 ? 0 : (double) correct / system;
    }

    public double recall(int correct) {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1(int correct) {
        double p = precision(correct);
        double r = recall(correct);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int strict() {
        return strict;
    }

    public int relaxed() {
        return relaxed;
    }

    /** Relaxed matches whose value equals the gold one up to {@link #canonical} spelling. */
    public int canonicalValueCorrect() {
        return canonicalValue;
    }

    public int valueCorrect() {
        return value;
    }

    /** Share of relaxed matches with the gold type. */
    public double typeAccuracy() {
        return relaxed == 0 ? 0 : (double) type / relaxed;
    }

    /** Misses, spurious expressions and wrong values, in document order. */
    public List<Pair> errors() {
        return List.copyOf(errors);
    }
}
