package org.sitrep.eval.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The metrics on the worked example of Pradhan et al. (2014), "Scoring coreference partitions of predicted
 * mentions: a reference implementation", worked out by hand below: key {a,b,c} {d,e,f,g}; response {a,b} {c,d}
 * {f,g,h,i} (e missing from the response, h and i missing from the key).
 */
class CorefMetricsTest {

    private static final List<Set<String>> KEY = List.of(Set.of("a", "b", "c"), Set.of("d", "e", "f", "g"));
    private static final List<Set<String>> RESPONSE = List.of(Set.of("a", "b"), Set.of("c", "d"),
            Set.of("f", "g", "h", "i"));

    @Test
    void mucCountsLinks() {
        // recall: {a,b,c} is cut into {a,b},{c}: 3-2=1; {d,e,f,g} into {d},{e},{f,g}: 4-3=1; over (2+3): 2/5
        // precision: {a,b}: 1 of 1; {c,d} cut in two: 0 of 1; {f,g,h,i} into {f,g},{h},{i}: 1 of 3; 2/5
        Prf muc = CorefMetrics.muc(KEY, RESPONSE);
        assertThat(muc.recall()).isCloseTo(0.4, within(1e-9));
        assertThat(muc.precision()).isCloseTo(0.4, within(1e-9));
        assertThat(muc.f1()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void bCubedCountsMentions() {
        // recall: (2²/3 + 1²/3 + 1²/4 + 2²/4) / 7 = (35/12) / 7 = 0.41667
        // precision: (2²/2 + 1²/2 + 1²/2 + 2²/4) / 8 = 4/8 = 0.5
        Prf b3 = CorefMetrics.bCubed(KEY, RESPONSE);
        assertThat(b3.recall()).isCloseTo(35.0 / 84, within(1e-9));
        assertThat(b3.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(b3.f1()).isCloseTo(0.4545, within(1e-4));
    }

    @Test
    void ceafEAlignsEntitiesOneToOne() {
        // φ4: k1-r1 4/5, k1-r2 2/5, k2-r2 2/6, k2-r3 4/8; best alignment k1-r1 + k2-r3 = 1.3
        // recall 1.3/2 = 0.65, precision 1.3/3 = 0.4333, F1 0.52
        Prf ceaf = CorefMetrics.ceafE(KEY, RESPONSE);
        assertThat(ceaf.recall()).isCloseTo(0.65, within(1e-9));
        assertThat(ceaf.precision()).isCloseTo(1.3 / 3, within(1e-9));
        assertThat(ceaf.f1()).isCloseTo(0.52, within(1e-9));
    }

    @Test
    void leaWeighsEntitiesBySizeAndCountsLinks() {
        // recall: k1 keeps 1 of its 3 links (a-b), weight 3; k2 keeps 1 of 6 (f-g), weight 4: (1 + 4/6) / 7
        // precision: r1 keeps its 1 link, weight 2; r2 keeps 0 of 1; r3 keeps 1 of 6, weight 4: (2 + 4/6) / 8
        Prf lea = CorefMetrics.lea(KEY, RESPONSE);
        assertThat(lea.recall()).isCloseTo((1 + 4.0 / 6) / 7, within(1e-9));
        assertThat(lea.precision()).isCloseTo((2 + 4.0 / 6) / 8, within(1e-9));
    }

    @Test
    void leaCountsASingletonResolvedOnlyWhenLeftAlone() {
        // key {a} {b,c}; response {a,b} {c}: a's self link is lost (a is merged), {b,c}'s one link is lost
        List<Set<String>> key = List.of(Set.of("a"), Set.of("b", "c"));
        List<Set<String>> response = List.of(Set.of("a", "b"), Set.of("c"));
        Prf lea = CorefMetrics.lea(key, response);
        assertThat(lea.recall()).isZero();
        // precision: {a,b} keeps 0 of its link; {c} is a singleton, but not one in the key
        assertThat(lea.precision()).isZero();
        // and the same partition on both sides scores 1 everywhere, singletons included
        CorefMetrics.Scores same = CorefMetrics.score(key, key);
        assertThat(same.lea().f1()).isCloseTo(1.0, within(1e-9));
        assertThat(same.conll()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void conllIsTheMeanOfMucBCubedAndCeafE() {
        CorefMetrics.Scores scores = CorefMetrics.score(KEY, RESPONSE);
        assertThat(scores.conll()).isCloseTo((0.4 + scores.bCubed().f1() + 0.52) / 3, within(1e-9));
    }

    @Test
    void assignmentFindsTheBestMatchingNotTheGreedyOne() {
        // greedy takes 0.9 first and ends with 0.9 + 0.1 = 1.0; the best is 0.8 + 0.8 = 1.6
        double[][] similarity = {{0.9, 0.8}, {0.8, 0.1}};
        assertThat(Assignment.maximum(similarity)).isCloseTo(1.6, within(1e-9));
        double[][] wide = {{0.1, 0.5, 0.2}};
        assertThat(Assignment.maximum(wide)).isCloseTo(0.5, within(1e-9));
    }
}
