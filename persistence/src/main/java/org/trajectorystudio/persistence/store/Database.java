package org.trajectorystudio.persistence.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.trajectorystudio.model.io.IoMessages;
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
    private volatile boolean diskFull;
    private java.nio.channels.FileChannel storeFile;

    private Database(Path dir, JdbcConnectionPool pool, BodyFile bodies) {
        this.dir = dir;
        this.pool = pool;
        this.bodies = bodies;
    }

    /**
     * Flyway logs every migration step at INFO and every failed attempt with a stack trace through java.util.logging
     * (a full disk gave hundreds of lines on stderr): a user needs none of it, the failure reaches them as one line
     * through the exception {@link #open} turns it into. Held strongly.
     */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.OFF);
    }

    public static Database open(Path dir) {
        try {
            Files.createDirectories(dir);
            LibraryFiles.restrict(dir);
        } catch (java.io.IOException e) {
            throw DiskFull.or(dir, e, () -> new LibraryException("cannot create the library folder " + dir + ": "
                    + IoMessages.reason(e), e));
        }
        JdbcConnectionPool pool;
        try {
            pool = LibraryConnections.pool(dir);
        } catch (SQLException e) {
            throw DiskFull.or(dir, e, () -> new LibraryException("cannot open the library in " + dir + ": " + rootMessage(e), e));
        }
        pool.setMaxConnections(16);
        try {
            // The body file is opened after this block, whichever way the schema came: its own errors name the file.
            boolean current = upToDate(pool) || createdFromSnapshot(pool) && upToDate(pool);
            if (!current) {
                migrate(pool);
            }
        } catch (RuntimeException e) {
            pool.dispose();
            throw DiskFull.or(dir, e, () -> new LibraryException("cannot open the library in " + dir + ": " + rootMessage(e), e));
        }
        return withBodies(dir, pool);
    }

    /** Applies the bundled migrations Flyway finds missing (and makes a new library's schema when it has none). */
    static void migrate(JdbcConnectionPool pool) {
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(pool)
                .locations("classpath:db/migration")
                // A library can lack a migration numbered below one it has (made by a build whose migrations came in
                // another order): apply it rather than refuse the library. Every migration is safe to add late.
                .outOfOrder(true)
                .load()
                .migrate();
    }

    /** Gives a database with no table yet the snapshot of the migrated schema ({@link NewLibrarySchema}). */
    private static boolean createdFromSnapshot(JdbcConnectionPool pool) {
        try (Connection connection = pool.getConnection()) {
            return NewLibrarySchema.createIfEmpty(connection);
        } catch (SQLException e) {
            return false; // Flyway makes it then, and says what is wrong
        }
    }

    /** True when the schema has every bundled migration: Flyway (the slowest part of opening) is not started then. */
    private static boolean upToDate(JdbcConnectionPool pool) {
        try (Connection connection = pool.getConnection()) {
            return Migrations.allApplied(connection);
        } catch (SQLException e) {
            return false;
        }
    }

    private static Database withBodies(Path dir, JdbcConnectionPool pool) {
        try {
            BodyFile bodies = BodyFile.open(dir.toAbsolutePath().resolve(BodyFile.NAME));
            Database database = new Database(dir, pool, bodies);
            bodies.tidyIfAlone(() -> database.read(BodyFile::committedEnd));
            LibraryFiles.restrict(dir);
            return database;
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        } catch (java.io.IOException e) {
            pool.dispose();
            throw new LibraryException("cannot protect the library files in " + dir + ": " + IoMessages.reason(e), e);
        }
    }

    /** The append-only file of imported sample bodies. */
    public BodyFile bodies() {
        return bodies;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Run before every connection is handed out: the window installs one that reports a connection taken on the FX
     * thread (a library call there freezes the window while H2 waits on disk or on another process's lock).
     */
    private static volatile Runnable connectionGuard = () -> {};

    /** @param guard runs on the calling thread each time a connection is asked for; never null */
    public static void guardConnections(Runnable guard) {
        connectionGuard = java.util.Objects.requireNonNull(guard, "guard");
    }

    public Connection connection() {
        connectionGuard.run();
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            if (diskFull) {
                throw DiskFull.exception(dir, e); // H2 closed the store when the disk filled: say that, not "closed"
            }
            throw diskFull(DiskFull.or(dir, e, () -> new LibraryException("cannot connect to the library in " + dir + ": "
                    + e.getMessage(), e)));
        }
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                forceCommitted();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Flushes the database file to the device after a commit. H2 writes each commit to its file before it returns
     * (WRITE_DELAY=0: a killed process loses nothing), but it calls fsync only when it compacts or closes, so an OS
     * crash or power loss could still take back a commit the studio reported. One fsync per commit (per curation call,
     * per import batch) closes that gap.
     */
    public void forceCommitted() {
        try {
            synchronized (this) {
                if (storeFile == null) {
                    storeFile = java.nio.channels.FileChannel.open(dir.toAbsolutePath().resolve(NAME + ".mv.db"),
                            java.nio.file.StandardOpenOption.READ);
                }
            }
            storeFile.force(false);
        } catch (java.io.IOException e) {
            throw diskFull(DiskFull.or(dir, e, () -> new LibraryException("cannot flush the library in " + dir + ": "
                    + IoMessages.reason(e), e)));
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
        if (diskFull) {
            // Another thread (an indexer, the import) met the full disk first and H2 closed the store: every later
            // failure is that one, whatever H2 says now ("The database has been closed").
            return DiskFull.exception(dir, e);
        }
        return diskFull(DiskFull.or(dir, e, () -> new LibraryException("library error in " + dir + ": " + rootMessage(e), e)));
    }

    /** Notes a full disk (so that {@link #close} does not touch the dead store) and returns the failure. */
    public LibraryException diskFull(LibraryException failure) {
        if (failure instanceof DiskFull.LibraryDiskFullException) {
            diskFull = true;
        }
        return failure;
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

    /**
     * The library appends every chunk while open (REUSE_SPACE=FALSE, see {@link LibraryConnections#url}); H2 compacts
     * the file when its last connection closes by moving chunks into free space, which needs reuse: switched on for
     * that close, so that the file does not grow from session to session. Only where this process holds the database
     * (a command connected to the window's server leaves the window's store alone).
     */
    private void letCloseCompact() {
        try (Connection connection = pool.getConnection()) {
            if (connection.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal local) {
                local.getDatabase().getStore().getMvStore().setReuseSpace(true);
            }
        } catch (SQLException | RuntimeException e) {
            // closing anyway: the file is compacted by a later close
        }
    }

    @Override
    public void close() {
        // No SHUTDOWN statement: H2 closes the database when the pool closes its last connection, and a SHUTDOWN first
        // left every idle pooled connection to fail on close with a stack trace in the trace file (every CLI command).
        // After a full disk the store is dead and closing its connections spins in MVStore (H2 waits for a version
        // that can never be written): leave them to the process's exit instead.
        if (!diskFull) {
            letCloseCompact();
            pool.dispose();
        }
        bodies.close();
        try {
            synchronized (this) {
                if (storeFile != null) {
                    storeFile.close();
                }
            }
            LibraryFiles.restrict(dir);
        } catch (java.io.IOException | RuntimeException ignored) {
            // the folder is gone or read-only: nothing of ours to protect
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
