package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sitrep.serve.ApiServer;
import org.sitrep.serve.ServeOptions;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.JdbiArticleStore;
import org.sitrep.store.JdbiTokenStore;
import org.sitrep.store.TokenStore;

/** bench-serve's mix asks what a store bench-store's generator filled holds, and the command measures it end to end. */
class BenchServeTest {

    @Test
    void everyKindOfReadInTheMixIsAnsweredAndTheEventReadsFindEvents() throws Exception {
        String url = "jdbc:h2:mem:mix" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (ArticleStore store = JdbiArticleStore.open(url); TokenStore tokens = JdbiTokenStore.open(url)) {
            GeneratedFill.fill(store, url, new StoreCorpusGenerator(42), 1500);
            try (ApiServer server = ApiServer.create(store, tokens, null, ServeOptions.defaults().withPort(0).withCacheBytes(0)).start()) {
                HttpClient client = HttpClient.newHttpClient();
                ServeReadMix mix = new ServeReadMix(7, 1500);
                for (int kind = 0; kind < ServeReadMix.KINDS.size(); kind++) {
                    int withEvents = 0;
                    for (int i = 0; i < 6; i++) {
                        String path = mix.path(kind);
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        assertThat(r.statusCode()).as(path).isEqualTo(200);
                        if (r.body().contains("\"event_id\"") || r.body().contains("\"Feature\"") || r.body().contains("\"claim_index\"")
                                || r.body().contains("\"title\"")) {
                            withEvents++;
                        }
                    }
                    // drawn from the generator's own towns, types and months, most reads of each kind find something
                    assertThat(withEvents).as(ServeReadMix.KINDS.get(kind)).isGreaterThanOrEqualTo(3);
                }
            }
        }
    }

    @Test
    void theCommandFillsServesAndPrintsEachPhase() {
        CliRun run = CliRun.of("bench-serve", "--articles", "300", "--rate", "20", "--seconds", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("300 articles").contains("events within 50 km").contains("mix at 20/s")
                .contains("mix while ingesting").contains("cache:");
    }
}
