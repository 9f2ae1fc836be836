package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Published;

class DatesEvaluationTest {

    /** The first pages of each set; enough to catch a regression, quick to run. */
    private static final int PAGES = 60;

    /**
     * Measured on these pages when the floors were set (whole sets: 0.977 and 0.962 accuracy); a drop below them
     * means date reading got worse. The stripped set tests the fallbacks that read what a page shows.
     */
    private static final double RAW_FLOOR = 0.93;
    private static final double STRIPPED_FLOOR = 0.90;

    private static Path dates() {
        String shared = System.getProperty("sitrep.shared");
        return shared == null ? null : Path.of(shared, "data", "dates");
    }

    @Test
    void publicationDatesOnDevPagesStayAboveTheirFloors() throws Exception {
        Path data = dates();
        assumeTrue(data != null && Files.isRegularFile(data.resolve("pubdate-dev").resolve("gold.jsonl")),
                "skipped: date pages not found under ../shared/data/dates");
        DatesEvaluation evaluation = new DatesEvaluation();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        for (DatesEvaluation.Row row : DatesEvaluation.ROWS) {
            String set = row.name();
            Path folder = data.resolve(row.set());
            assumeTrue(Files.isRegularFile(folder.resolve("gold.jsonl")), "skipped: " + set + " not found");
            DatesEvaluation.Score score = DatesEvaluation.Score.ZERO;
            for (DatesEvaluation.Page page : DatesEvaluation.pages(folder, PAGES)) {
                score = score.plus(DatesEvaluation.score(evaluation.read(folder, page, row.stripped(), out), page.date()));
            }
            assertThat(score.pages()).isEqualTo(PAGES);
            assertThat(score.accuracy()).as("accuracy on %s", set)
                    .isGreaterThanOrEqualTo(set.contains("mercury") ? STRIPPED_FLOOR : RAW_FLOOR);
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).as("pages that could not be read").isEmpty();
    }

    @Test
    void scoresTheGoldDayOnlyAndCountsMonthsAsWrong() {
        assertThat(DatesEvaluation.score(new Published("2024-05-03T23:10:00+02:00", "second", "m"), "2024-05-03").right())
                .isEqualTo(1);
        assertThat(DatesEvaluation.score(new Published("2024-05", "month", "url"), "2024-05-03").wrong()).isEqualTo(1);
        assertThat(DatesEvaluation.score(null, "2024-05-03").missed()).isEqualTo(1);
        DatesEvaluation.Score s = new DatesEvaluation.Score(8, 1, 1);
        assertThat(s.accuracy()).isEqualTo(0.8);
        assertThat(s.precision()).isEqualTo(8.0 / 9);
        assertThat(s.recall()).isEqualTo(8.0 / 9);
    }
}
