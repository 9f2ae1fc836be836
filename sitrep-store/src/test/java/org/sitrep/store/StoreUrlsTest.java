package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoreUrlsTest {

    @Test
    void hidesPasswordsWhereverTheyAppear() {
        assertThat(StoreUrls.redact("jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
        assertThat(StoreUrls.redact("jdbc:h2:file:/x;USER=sa;PASSWORD=pw")).isEqualTo("jdbc:h2:file:/x;USER=sa;PASSWORD=***");
        assertThat(StoreUrls.redact("no secrets here")).isEqualTo("no secrets here");
    }

    @Test
    void makesEmbeddedH2FilesWriteCommitsAtOnceUnlessTheUrlSaysOtherwise() {
        assertThat(StoreUrls.durable("jdbc:h2:file:./sitrep-data/sitrep")).isEqualTo("jdbc:h2:file:./sitrep-data/sitrep;WRITE_DELAY=0");
        assertThat(StoreUrls.durable("jdbc:h2:file:/x;write_delay=200")).isEqualTo("jdbc:h2:file:/x;write_delay=200");
        assertThat(StoreUrls.durable("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
        assertThat(StoreUrls.durable("jdbc:postgresql://h/db")).isEqualTo("jdbc:postgresql://h/db");
    }

    @Test
    void anEmbeddedH2FileIsOpenedWithACacheForTheHeapAndCompactedWhenClosedUnlessTheUrlSaysOtherwise() {
        String opened = StoreUrls.opened("jdbc:h2:file:/x");
        assertThat(opened).startsWith("jdbc:h2:file:/x;WRITE_DELAY=0;CACHE_SIZE=").endsWith(";MAX_COMPACT_TIME=10000");
        assertThat(StoreUrls.opened("jdbc:h2:file:/x;max_compact_time=0;cache_size=2048"))
                .isEqualTo("jdbc:h2:file:/x;max_compact_time=0;cache_size=2048;WRITE_DELAY=0");
        assertThat(StoreUrls.opened("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
        assertThat(StoreUrls.opened("jdbc:postgresql://h/db")).isEqualTo("jdbc:postgresql://h/db");
    }

    @Test
    void aGivenUrlWinsOverTheDefault() {
        assertThat(StoreUrls.choose("jdbc:h2:file:/tmp/x")).isEqualTo("jdbc:h2:file:/tmp/x");
        assertThat(StoreUrls.choose(null)).isEqualTo(System.getenv(StoreUrls.ENVIRONMENT) != null
                ? System.getenv(StoreUrls.ENVIRONMENT) : StoreUrls.DEFAULT);
    }

    @Test
    void publishedKeysAreTheDigitsOfTheDateAndTimeWithoutTheZone() {
        assertThat(JdbiArticleStore.publishedKey("2024-10-29")).isEqualTo("20241029");
        assertThat(JdbiArticleStore.publishedKey("2024-10-29T10:05Z")).isEqualTo("202410291005");
        assertThat(JdbiArticleStore.publishedKey("2024-10-29T10:05:07-05:00")).isEqualTo("20241029100507");
        assertThat(JdbiArticleStore.publishedKey("2024-10")).isEqualTo("202410");
        assertThat(JdbiArticleStore.publishedKey("last Tuesday")).isNull();
        assertThat(JdbiArticleStore.publishedKey(null)).isNull();
    }
}
