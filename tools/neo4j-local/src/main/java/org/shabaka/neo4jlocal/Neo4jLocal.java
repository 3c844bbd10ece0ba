// Launcher of an embedded Neo4j 5.26 community database that serves Bolt on 127.0.0.1 until SIGTERM/SIGINT.
package org.shabaka.neo4jlocal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j with the settings read from the environment (the same variables the Node scripts and tests read):
 *
 * <ul>
 *   <li>{@code NEO4J_PORT} (7687): Bolt port, bound to 127.0.0.1 only;
 *   <li>{@code NEO4J_DATA_DIR} (.neo4j/data): Neo4j home; databases, transaction logs and debug.log live under it;
 *   <li>{@code NEO4J_PASSWORD} (shabaka-local): password of the {@code neo4j} user;
 *   <li>{@code NEO4J_PAGECACHE} (256m): page cache size.
 * </ul>
 *
 * <p>Example: {@code NEO4J_PORT=7688 java -cp target/neo4j-local.jar:$(cat target/classpath.txt)
 * org.shabaka.neo4jlocal.Neo4jLocal}
 */
public final class Neo4jLocal {
    private static final String USER = "neo4j";

    private Neo4jLocal() {}

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> env = System.getenv();
        int port = parsePort(env.getOrDefault("NEO4J_PORT", "7687"));
        Path home = Path.of(env.getOrDefault("NEO4J_DATA_DIR", ".neo4j/data")).toAbsolutePath();
        String password = env.getOrDefault("NEO4J_PASSWORD", "shabaka-local");
        long pageCache = parseBytes(env.getOrDefault("NEO4J_PAGECACHE", "256m"));

        long started = System.nanoTime();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                // 0 = no server-wide limit; the app sets its own per-transaction timeouts through the driver,
                // which Neo4j honours, and this caps nothing that a client did not ask for.
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ZERO)
                // A dev database: keep transaction logs small instead of the default two days of them.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "128M size")
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM and SIGINT run shutdown hooks: close the stores cleanly so the next start needs no recovery.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Neo4jLocal: shutting down");
            service.shutdown();
            System.out.println("Neo4jLocal: stopped");
            stopped.countDown();
        }, "neo4j-local-shutdown"));

        try {
            setPassword(service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
        } catch (RuntimeException e) {
            System.err.println("Neo4jLocal: could not set the password of user '" + USER + "': " + e.getMessage()
                    + " — check NEO4J_PASSWORD (at least 8 characters).");
            System.exit(2);
        }

        long ms = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.println("Neo4jLocal: Neo4j " + org.neo4j.kernel.internal.Version.getNeo4jVersion()
                + " ready on bolt://127.0.0.1:" + port + " (home " + home + ", started in " + ms + " ms)");
        stopped.await();
    }

    /**
     * Embedded code runs with full rights, so the system database accepts ALTER USER without a login. The
     * password is set on every start, which also applies a changed NEO4J_PASSWORD and clears the
     * "change required" flag that the default neo4j/neo4j user starts with.
     */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to set the same password again; that means the password is already right.
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        System.err.println("Neo4jLocal: NEO4J_PORT must be a port number (1-65535), got '" + text + "'");
        System.exit(2);
        return -1;
    }

    private static long parseBytes(String text) {
        String t = text.trim().toLowerCase();
        try {
            if (t.endsWith("g")) {
                return ByteUnit.gibiBytes(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            if (t.endsWith("m")) {
                return ByteUnit.mebiBytes(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            System.err.println("Neo4jLocal: NEO4J_PAGECACHE must look like 256m or 1g, got '" + text + "'");
            System.exit(2);
            return -1;
        }
    }
}
