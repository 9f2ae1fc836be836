package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The bench command's usage errors, which it finds before loading anything. */
class BenchCommandTest {

    private static String[] run(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), err.toString()};
    }

    @Test
    void anUnknownParserIsAUsageError() {
        String[] r = run("bench", "--parse=neural,bogus", "no-such-path");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).contains("--parse").contains("unknown parser 'bogus'");
    }

    @Test
    void parseRepeatMustBePositive() {
        String[] r = run("bench", "--parse", "--parse-repeat", "0", "no-such-path");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).contains("--parse-repeat");
    }
}
