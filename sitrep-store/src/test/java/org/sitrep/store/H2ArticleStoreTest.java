package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on an embedded H2 file, the default database. */
class H2ArticleStoreTest extends ArticleStoreContract {

    @TempDir
    Path folder;

    @Override
    String emptyDatabase() {
        return reopenableUrl();
    }

    @Override
    String reopenableUrl() {
        return "jdbc:h2:file:" + folder.resolve("sitrep").toAbsolutePath();
    }

    @Override
    String secondEmptyDatabase() {
        return "jdbc:h2:file:" + folder.resolve("second").toAbsolutePath();
    }

    @Test
    void anUnknownDatabaseIsOneLineNamingTheUrlWithoutItsPassword() {
        assertThatThrownBy(() -> JdbiArticleStore.open("jdbc:nosuchdb:x?user=a&password=hunter2"))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot open database jdbc:nosuchdb:x?user=a&password=***")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("\n"));
    }

    @Test
    void anUnreachableServerIsOneLineWithoutThePassword() {
        assertThatThrownBy(() -> JdbiArticleStore.open("jdbc:postgresql://127.0.0.1:1/x?user=a&password=hunter2"))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("\n"));
    }
}
