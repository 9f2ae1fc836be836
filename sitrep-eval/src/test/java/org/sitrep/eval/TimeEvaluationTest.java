package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.time.TimeMlDocument;
import org.sitrep.eval.time.TimeMlReader;
import org.sitrep.eval.time.TimexScore;

/** The time stage scored on a handful of TimeBank/AQUAINT files (the whole set is for {@code sitrep eval time}). */
class TimeEvaluationTest {

    private static Path tbaq;

    @BeforeAll
    static void findData() {
        String shared = System.getProperty("sitrep.shared");
        tbaq = shared == null ? null : Path.of(shared, "data", "time", "tbaq");
        assumeTrue(tbaq != null && Files.isDirectory(tbaq),
                "skipped: TimeML data not found at " + tbaq + " (set -Dsitrep.shared to the shared folder)");
    }

    /** Eight news files of both halves: wire stories with weekdays and earnings reports with quarters. */
    private static List<Path> sample() {
        return List.of("AQUAINT/APW19980807.0261.tml", "AQUAINT/APW19980808.0022.tml", "AQUAINT/NYT20000105.0325.tml",
                "AQUAINT/XIE19980808.0031.tml", "TimeBank/wsj_0175.tml", "TimeBank/wsj_0187.tml",
                "TimeBank/wsj_0542.tml", "TimeBank/APW19980213.1320.tml").stream().map(tbaq::resolve).toList();
    }

    @Test
    void readerKeepsGoldOffsetsOnTheStrippedText() throws Exception {
        TimeMlDocument doc = new TimeMlReader().read(tbaq.resolve("AQUAINT/APW19980807.0261.tml"));
        assertThat(doc.creationTime()).isEqualTo("1998-08-07");
        assertThat(doc.text()).doesNotContain("<TIMEX3").doesNotContain("<EVENT");
        assertThat(doc.timexes()).isNotEmpty();
        for (TimeMlDocument.GoldTimex g : doc.timexes()) {
            assertThat(doc.text().substring(g.start(), g.end())).isEqualTo(g.text());
        }
        assertThat(doc.timexes()).anySatisfy(g -> {
            assertThat(g.text()).isEqualTo("Friday");
            assertThat(g.value()).isEqualTo("1998-08-07");
        });
    }

    @Test
    void valueF1OnSampleStaysAboveMeasuredFloor() throws Exception {
        List<Path> files = sample().stream().filter(Files::exists).toList();
        assumeTrue(files.size() >= 6, "skipped: sample TimeML files missing");
        TimexScore score = TimeEvaluation.score(files).score();
        assertThat(score.gold()).isGreaterThan(30);
        // measured on these files: relaxed F1 0.947, value F1 0.763 (36 gold); floors leave a little room
        assertThat(score.relaxedF1()).isGreaterThan(0.88);
        assertThat(score.valueF1()).isGreaterThan(0.70);
    }

    @Test
    void evalCommandPrintsTempEvalFigures() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new TimeEvaluation().run(tbaq, 3, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("3 files").contains("strict extent").contains("relaxed extent")
                .contains("value").contains("type accuracy").contains("words/s");
    }
}
