package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.DevSplit.Half;

/**
 * The dev sets' split into a tuning and a checking half. The pinned halves and counts below are the split as it was
 * fixed: a change to the hash, to the rule or to how an evaluation chooses a document's id fails here, and should not
 * be made (every figure reported on a half would silently change meaning).
 */
class DevSplitTest {

    @Test
    void halvesArePinnedBySha256OfTheId() {
        // The first eight bytes of SHA-256("40450848") (an LGL docid), as `printf 40450848 | sha256sum` prints them;
        // the halves below were computed the same way, apart from this class.
        assertThat(Long.toHexString(DevSplit.leadingLong("40450848"))).isEqualTo("af4ab94bd55ac96f");
        Map<String, Half> pinned = new LinkedHashMap<>();
        pinned.put("40450848", Half.CHECKING);
        pinned.put("41383748", Half.TUNING);
        pinned.put("https://en.wikinews.org/wiki/Philippines_is_culling_6500_hogs_after_Reston_ebolavirus_outbreak", Half.CHECKING);
        pinned.put("GeoVirus.xml#0", Half.CHECKING);
        pinned.put("APW19980807.0261.tml", Half.TUNING);
        pinned.put("wsj_0175.tml", Half.CHECKING);
        pinned.put("breitbart_2016-09-12_stealth-over-health-hillary-clin.txt", Half.TUNING);
        pinned.put("die-partei.net.luebeck.html", Half.TUNING);
        pinned.put("bmjv.de.konsum.html", Half.CHECKING);
        pinned.put("wikigold.conll.txt#0", Half.TUNING);
        pinned.put("wikigold.conll.txt#1", Half.CHECKING);
        pinned.put("", Half.TUNING);
        pinned.forEach((id, half) -> assertThat(DevSplit.of(id)).as("half of '%s'", id).isEqualTo(half));
        assertThat(DevSplit.isTuning("41383748")).isTrue();
        assertThat(Half.TUNING.label()).isEqualTo("tuning");
        assertThat(Half.CHECKING.label()).isEqualTo("checking");
    }

    @Test
    void halfDependsOnTheIdAloneNotOnOrderOrOnWhatElseIsRead() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            ids.add("doc-" + i);
        }
        Set<String> tuning = tuning(ids);
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(tuning(shuffled)).isEqualTo(tuning);
        // the first 100 (as --limit 100 reads them) fall where they fall in the whole
        assertThat(tuning(ids.subList(0, 100))).isEqualTo(tuning.stream().filter(ids.subList(0, 100)::contains)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        assertThat(tuning.size()).isBetween(900, 1100);
    }

    /**
     * Each dev set's ids as its evaluation chooses them, split: the counts are pinned, and each half holds between 40%
     * and 60% of the documents. Skipped where the shared data is absent.
     */
    @Test
    void devSetsSplitRoughlyInHalvesAsPinned() throws Exception {
        String shared = System.getProperty("sitrep.shared");
        Path data = shared == null ? null : Path.of(shared, "data");
        assumeTrue(data != null && Files.isDirectory(data), "skipped: shared data not found at " + data);
        Map<String, int[]> expected = new LinkedHashMap<>();
        expected.put("extraction", new int[] {512, 478});
        expected.put("time", new int[] {125, 131});
        expected.put("quotes", new int[] {44, 40});
        expected.put("lgl", new int[] {309, 279});
        expected.put("GeoVirus", new int[] {98, 131});
        expected.put("ner", new int[] {66, 79});
        Map<String, List<String>> ids = new LinkedHashMap<>();
        Path extraction = data.resolve("extraction/trafilatura-eval");
        if (Files.isRegularFile(extraction.resolve("evaldata.json"))) {
            ids.put("extraction", ExtractionEvaluation.pages(extraction, 0).stream().map(ExtractionEvaluation.Page::file).toList());
        }
        Path time = data.resolve("time/tbaq");
        if (Files.isDirectory(time)) {
            ids.put("time", TimeEvaluation.files(time, 0).stream().map(p -> p.getFileName().toString()).toList());
        }
        Path quotes = data.resolve("quotes/polnear");
        if (Files.isDirectory(quotes.resolve("dev/text"))) {
            ids.put("quotes", QuotesEvaluation.texts(quotes).stream().map(p -> p.getFileName().toString()).toList());
        }
        for (String corpus : List.of("lgl", "GeoVirus")) {
            Path file = data.resolve("geo").resolve(corpus + ".xml");
            if (Files.isRegularFile(file)) {
                ids.put(corpus, GeoEvaluation.read(file).stream().map(GeoEvaluation.GoldArticle::id).toList());
            }
        }
        Path ner = data.resolve("ner/wikigold");
        if (Files.isDirectory(ner)) {
            ids.put("ner", NerEvaluation.ids(ner));
        }
        assumeTrue(!ids.isEmpty(), "skipped: no dev set found under " + data);
        Map<String, String> counts = new LinkedHashMap<>();
        ids.forEach((corpus, list) -> {
            int t = (int) list.stream().filter(DevSplit::isTuning).count();
            counts.put(corpus, t + "/" + (list.size() - t));
        });
        for (var e : ids.entrySet()) {
            String corpus = e.getKey();
            int size = e.getValue().size();
            int t = (int) e.getValue().stream().filter(DevSplit::isTuning).count();
            assertThat(new int[] {t, size - t}).as("%s tuning/checking (all: %s)", corpus, counts).isEqualTo(expected.get(corpus));
            assertThat((double) t / size).as("%s tuning share", corpus).isBetween(0.4, 0.6);
        }
    }

    private static Set<String> tuning(List<String> ids) {
        Set<String> out = new TreeSet<>();
        for (String id : ids) {
            if (DevSplit.isTuning(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
