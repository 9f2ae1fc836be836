package org.sitrep.serve;

import java.util.UUID;

class H2ServeApiTest extends ServeApiContract {
    private final String url = "jdbc:h2:mem:serve" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Override
    String databaseUrl() {
        return url;
    }
}
