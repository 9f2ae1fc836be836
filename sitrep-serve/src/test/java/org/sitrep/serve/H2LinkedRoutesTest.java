package org.sitrep.serve;

import java.util.UUID;

class H2LinkedRoutesTest extends LinkedRoutesContract {
    private final String url = "jdbc:h2:mem:linked" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Override
    String databaseUrl() {
        return url;
    }
}
