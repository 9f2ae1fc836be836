package org.sitrep.store;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL server the tests run against, named by {@code SITREP_TEST_PG_URL}
 * ({@code .ci/run} starts one and sets it). Each test gets a schema of its own, dropped after.
 * Without the variable the tests skip, except in CI ({@code CI=true}), where they must run.
 */
public final class PostgresTestDatabase {

    public static final String VARIABLE = "SITREP_TEST_PG_URL";

    private final String serverUrl;
    private final String schema;

    private PostgresTestDatabase(String serverUrl, String schema) {
        this.serverUrl = serverUrl;
        this.schema = schema;
    }

    /** A fresh, empty schema on the test server; skips (or, in CI, fails) the test when there is none. */
    public static PostgresTestDatabase create() {
        String url = System.getenv(VARIABLE);
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(VARIABLE + " is not set, but CI=true: the PostgreSQL tests must run in CI (.ci/run starts a server)");
            }
            Assumptions.abort("PostgreSQL tests skipped: set " + VARIABLE
                    + "=jdbc:postgresql://HOST:PORT/DB?user=U&password=P to run them (CI does)");
        }
        String schema = "sitrep_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(url, "CREATE SCHEMA " + schema);
        return new PostgresTestDatabase(url, schema);
    }

    /** The JDBC URL of this test's schema. */
    public String url() {
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public void drop() {
        execute(serverUrl, "DROP SCHEMA " + schema + " CASCADE");
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            fail("cannot reach the PostgreSQL test server at " + StoreUrls.redact(url) + ": " + e.getMessage());
        }
    }
}
