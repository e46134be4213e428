package org.trajectorystudio.persistence.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.trajectorystudio.model.io.IoMessages;

/**
 * How to reach a library's H2 database: its URL and its credentials. The password is a random secret generated for
 * each library and kept in {@value #SECRET} in the library folder (0600, like the rest of the folder), not H2's
 * empty default: another local user, or a process that guesses the URL, cannot open the database through H2. A
 * library made before the secret (empty password) gets one the first time it is opened.
 */
public final class LibraryConnections {
    static final String USER = "studio";
    public static final String SECRET = "database.secret";

    private LibraryConnections() {}

    static String url(Path dir) {
        // WRITE_DELAY=0: every commit is written to the file before it returns, so a killed process loses nothing it
        // reported as saved. A large cache keeps index pages in memory while importing.
        // AUTO_SERVER: H2's mixed mode. The first process (the open window) uses the file embedded and serves it on a
        // loopback port; a second one (./studio rate from a terminal) connects to it instead of failing on the lock.
        // (H2 refuses AUTO_SERVER with DB_CLOSE_ON_EXIT=FALSE: its own shutdown hook closes the file at exit.)
        // REUSE_SPACE=FALSE: every chunk is appended at the end of the file, where H2 finds the newest one after a
        // crash. With reuse, H2 (2.5.252) wrote a reopened library's later commits into free space near the start
        // without pointing its file header at them, and a kill -9 lost all but the session's first commit
        // (KillNineTest.theLastWritesOfASessionOnAReopenedLibrarySurviveAKill). The space is given back when the
        // library closes (H2 compacts then); a 1 GB import's file ended smaller, 122 MB against 136 MB with reuse.
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve(Database.NAME)
                + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;CACHE_SIZE=32768;LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE";
    }

    /**
     * A pool on the library, after giving an old library (empty password) its secret. The pool's own first connection
     * opens the database and stays in the pool: a probe connection closed before the pool opened its own was the
     * database's last session, so H2 closed the database (compacting it) and opened it again, which took most of a
     * second on a 1M-sample library.
     */
    static JdbcConnectionPool pool(Path dir) throws SQLException {
        String secret = secret(dir);
        String url = url(dir);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, secret);
        try {
            try {
                pool.getConnection().close();
            } catch (SQLException e) {
                if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                    throw e;
                }
                adoptSecret(url, secret);
                pool.getConnection().close();
            }
            return pool;
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** One plain connection to a library that is not open in another process (maintenance and tests). */
    public static Connection open(Path dir) throws SQLException {
        return DriverManager.getConnection(url(dir), USER, secret(dir));
    }

    /** An old library still has H2's empty password: set the secret (the file holds it already, so a crash here is retried). */
    private static void adoptSecret(String url, String secret) throws SQLException {
        try (Connection old = DriverManager.getConnection(url, USER, "");
             Statement statement = old.createStatement()) {
            statement.execute("ALTER USER " + USER + " SET PASSWORD '" + secret + "'");
        }
    }

    /** The library's secret, made on first use: 24 random bytes, URL-safe base64 (no quote can occur in it). */
    private static String secret(Path dir) throws SQLException {
        Path file = dir.toAbsolutePath().resolve(SECRET);
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                Path temp = LibraryFiles.createPrivate(dir.toAbsolutePath().resolve("." + SECRET + ".tmp"));
                Files.writeString(temp, Base64.getUrlEncoder().withoutPadding().encodeToString(random), StandardCharsets.US_ASCII);
                try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new SQLException("cannot read the library's database secret " + file + ": " + IoMessages.reason(e), e);
        }
    }
}
