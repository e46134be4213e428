package org.trajectorystudio.persistence.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.trajectorystudio.persistence.library.LibraryException;

/**
 * The H2 file database of one library folder: a small connection pool, migrated by Flyway on open. Internal to the
 * persistence module.
 */
public final class Database implements AutoCloseable {
    /** File name (without H2's {@code .mv.db}) inside the library folder. */
    public static final String NAME = "library";

    private final Path dir;
    private final JdbcConnectionPool pool;
    private final BodyFile bodies;

    private Database(Path dir, JdbcConnectionPool pool, BodyFile bodies) {
        this.dir = dir;
        this.pool = pool;
        this.bodies = bodies;
    }

    /** Flyway logs every migration step at INFO through java.util.logging; a user needs none of it. Held strongly. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    public static Database open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (Exception e) {
            throw new LibraryException("cannot create the library folder " + dir + ": " + e.getMessage(), e);
        }
        // WRITE_DELAY=0: every commit is written to the file before it returns, so a killed process loses nothing it
        // reported as saved. A large cache keeps index pages in memory while importing.
        // AUTO_SERVER: H2's mixed mode. The first process (the open window) uses the file embedded and serves it on a
        // loopback port; a second one (./studio rate from a terminal) connects to it instead of failing on the lock.
        // (H2 refuses AUTO_SERVER with DB_CLOSE_ON_EXIT=FALSE: its own shutdown hook closes the file at exit.)
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve(NAME)
                + ";WRITE_DELAY=0;CACHE_SIZE=32768;LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "studio", "");
        pool.setMaxConnections(16);
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw new LibraryException("cannot open the library in " + dir + ": " + rootMessage(e), e);
        }
        try {
            BodyFile bodies = BodyFile.open(dir.toAbsolutePath().resolve(BodyFile.NAME));
            Database database = new Database(dir, pool, bodies);
            bodies.tidyIfAlone(() -> database.read(BodyFile::committedEnd));
            return database;
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** The append-only file of imported sample bodies. */
    public BodyFile bodies() {
        return bodies;
    }

    public Path dir() {
        return dir;
    }

    public Connection connection() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new LibraryException("cannot connect to the library in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Runs read-only work on a pooled connection. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = connection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public LibraryException failure(SQLException e) {
        return new LibraryException("library error in " + dir + ": " + rootMessage(e), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public void close() {
        try (Connection connection = pool.getConnection()) {
            // Only the process that has the file embedded shuts it down: a SHUTDOWN sent by a CLI connected through
            // the window's mixed-mode server would close the window's library under it.
            if (!(connection.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionRemote)) {
                connection.createStatement().execute("SHUTDOWN");
            }
        } catch (SQLException ignored) {
            // Already closed or broken: nothing left to flush.
        }
        pool.dispose();
        bodies.close();
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
