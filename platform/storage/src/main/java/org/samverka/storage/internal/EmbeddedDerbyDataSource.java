package org.samverka.storage.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The platform's one database: embedded Derby in {@code <data>/derby}, behind a connection pool.
 * It is a service of this bundle's own type, hidden from every other bundle ({@link HiddenServices}):
 * bundles reach the database only through their own schema ({@link SchemaStorage}). Deactivation shuts Derby down cleanly;
 * Derby syncs its log on every commit, so even a killed process loses no committed write.
 *
 * <p>Derby boots on its own thread, in parallel with the rest of the platform starting: the
 * first connection request waits for it, and by then it is usually ready.
 */
@Component(service = EmbeddedDerbyDataSource.class, immediate = true, configurationPid = EmbeddedDerbyDataSource.PID)
@Designate(ocd = EmbeddedDerbyDataSource.Config.class)
public final class EmbeddedDerbyDataSource implements DataSource {

    /** Configuration: {@code config/org.samverka.storage.cfg}. */
    public static final String PID = "org.samverka.storage";
    /** Framework property with the data directory; {@code data} relative to the working directory if unset. */
    public static final String DATA_DIRECTORY_PROPERTY = "samverka.data";

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(EmbeddedDerbyDataSource.class);
    private static final String DATABASE_NAME = "samverka";

    @ObjectClassDefinition(name = "Samverka storage", description = "The embedded database and its connection pool.")
    public @interface Config {
        @AttributeDefinition(description = "Most connections open at once.")
        int maxConnections() default 10;

        @AttributeDefinition(description = "How long a request waits for a free connection, in milliseconds.")
        long connectionTimeoutMillis() default 5000;

        @AttributeDefinition(description = "How long a transaction waits for rows another one holds before it "
                + "gives up and is retried, in seconds.")
        int lockWaitTimeoutSeconds() default 5;

        @AttributeDefinition(description = "How long a lock wait lasts before Derby looks for a deadlock, in seconds.")
        int deadlockTimeoutSeconds() default 1;

        @AttributeDefinition(description = "How many row locks of one table a transaction holds before Derby "
                + "locks the whole table instead. High, so that a large import into one municipality does not "
                + "lock out every other municipality.")
        int lockEscalationThreshold() default 100_000;
    }

    private final Path databaseHome;
    private final CompletableFuture<HikariDataSource> pool;

    @Activate
    public EmbeddedDerbyDataSource(BundleContext context, Config config) throws Exception {
        String data = context.getProperty(DATA_DIRECTORY_PROPERTY);
        databaseHome = Path.of(data == null ? "data" : data, "derby").toAbsolutePath();
        Files.createDirectories(databaseHome);
        // JVM-wide, and read by Derby only before its first connection: where derby.log goes.
        System.setProperty("derby.system.home", databaseHome.toString());

        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(databaseHome.resolve(DATABASE_NAME).toString());
        derby.setCreateDatabase("create");

        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("samverka");
        hikari.setDataSource(derby);
        hikari.setMaximumPoolSize(Math.max(1, config.maxConnections()));
        hikari.setMinimumIdle(1);
        hikari.setConnectionTimeout(Math.max(250, config.connectionTimeoutMillis()));
        pool = CompletableFuture.supplyAsync(() -> {
            HikariDataSource open = new HikariDataSource(hikari);
            applyLockSettings(open, config);
            LOG.info("Database open at {}", databaseHome.resolve(DATABASE_NAME));
            return open;
        }, runnable -> new Thread(runnable, "samverka-derby-boot").start());
    }

    /**
     * Derby waits 60 seconds for a lock by default and escalates to a table lock at 5,000 row
     * locks: a web request should give up much sooner (and be retried), and one municipality's
     * import must never lock the others' rows. Database properties take effect at once.
     */
    private static void applyLockSettings(DataSource db, Config config) {
        int wait = Math.max(1, config.lockWaitTimeoutSeconds());
        int deadlock = Math.max(1, Math.min(config.deadlockTimeoutSeconds(), wait));
        try (Connection c = db.getConnection();
                CallableStatement set = c.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
            for (String[] property : new String[][] {
                {"derby.locks.waitTimeout", Integer.toString(wait)},
                {"derby.locks.deadlockTimeout", Integer.toString(deadlock)},
                {"derby.locks.escalationThreshold", Integer.toString(Math.max(100, config.lockEscalationThreshold()))}}) {
                set.setString(1, property[0]);
                set.setString(2, property[1]);
                set.execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not apply the lock settings: " + e.getMessage(), e);
        }
    }

    private HikariDataSource pool() throws SQLException {
        try {
            return pool.get();
        } catch (ExecutionException e) {
            throw new SQLException("The database could not be opened: " + e.getCause().getMessage(), "08001", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while the database was opening", "08001", e);
        }
    }

    /**
     * A changed configuration applies at the next start: reopening the database under every
     * bundle that uses it, for a pool size, is not worth the interruption.
     */
    @Modified
    void configurationChanged(Config changed) {
        LOG.info("The storage configuration changed; it applies at the next start");
    }

    @Deactivate
    void shutdown() {
        try {
            pool().close();
        } catch (SQLException neverOpened) {
            LOG.warn("The database was never opened: {}", neverOpened.getMessage());
            return;
        }
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(databaseHome.resolve(DATABASE_NAME).toString());
        derby.setShutdownDatabase("shutdown");
        try (Connection ignored = derby.getConnection()) {
            LOG.warn("Derby did not confirm the shutdown of the database");
        } catch (SQLException expected) {
            LOG.info("Database closed ({})", expected.getSQLState());
        }
        try {
            new EmbeddedDriver().connect("jdbc:derby:;shutdown=true", new java.util.Properties());
        } catch (SQLException expected) {
            // XJ015 is Derby's way of saying the engine stopped.
        }
    }

    /** True when the database answers a trivial query right now. */
    boolean isAvailable() {
        try (Connection c = getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The embedded database has no users; call getConnection()");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger("com.zaxxer.hikari");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
