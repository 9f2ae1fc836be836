package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The store skips Flyway when the schema is at SCHEMA_VERSION: that must be the newest migration. */
class SchemaVersionTest {

    @Test
    void schemaVersionIsTheNewestMigration() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getClassLoader()
                .getResource(JdbiArticleStore.MIGRATIONS.substring("classpath:".length())).toURI());
        Pattern name = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");
        String newest;
        try (Stream<Path> files = Files.list(folder)) {
            newest = files.map(f -> name.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1).replace('_', '.'))
                    .max(Comparator.comparing(v -> Stream.of(v.split("\\.")).mapToInt(Integer::parseInt).boxed()
                            .map(i -> String.format("%09d", i)).reduce("", String::concat)))
                    .orElseThrow();
        }
        assertThat(JdbiArticleStore.SCHEMA_VERSION).isEqualTo(newest);
    }
}
