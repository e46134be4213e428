package org.trajectorystudio.persistence.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.trajectorystudio.model.io.IoMessages;
import org.trajectorystudio.persistence.library.LibraryException;

/**
 * The imported sample bodies, appended to one file beside the database; rows hold (offset, length). Bodies are most
 * of the bytes and never take part in SQL, and appending them to a file costs a fraction of writing them through
 * H2's B-tree pages, which dominated the import. Crash safety: an import appends a batch's bodies before it commits
 * the rows that point at them, so a committed row always finds its body; bytes appended by a batch that never
 * committed are cut off when the library opens again. Reads are positional and thread-safe.
 *
 * <p>Several processes may have one library open (the window and a CLI, through H2's mixed mode): each holds a shared
 * lock on a byte far past the end while it is open, and only a process that finds none held cuts off the tail; an
 * append takes an exclusive lock on another such byte and starts at the file's real end, not at one this process
 * remembers.
 */
public final class BodyFile implements AutoCloseable {
    public static final String NAME = "bodies.dat";

    /** Lock positions past any real end: file locks guard regions, not bytes that must exist. */
    private static final long OPEN_LOCK = Long.MAX_VALUE - 2;
    private static final long APPEND_LOCK = Long.MAX_VALUE - 1;

    private final Path path;
    private final FileChannel channel;
    private long end;
    private java.nio.channels.FileLock open;

    private BodyFile(Path path, FileChannel channel) throws IOException {
        this.path = path;
        this.channel = channel;
        this.end = channel.size();
    }

    /**
     * Cuts off the bytes no committed row refers to, unless another process has the library open (its import may be
     * between appending and committing); then marks this process as having it open.
     */
    synchronized void tidyIfAlone(java.util.function.LongSupplier committedEnd) {
        try {
            java.nio.channels.FileLock alone = channel.tryLock(OPEN_LOCK, 1, false);
            if (alone != null) {
                try {
                    truncateTo(committedEnd.getAsLong());
                } finally {
                    alone.release();
                }
            }
            open = channel.lock(OPEN_LOCK, 1, true);
        } catch (IOException e) {
            throw new LibraryException("cannot lock " + path + ": " + e.getMessage(), e);
        }
    }

    static BodyFile open(Path path) {
        try {
            return new BodyFile(path, FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new LibraryException("cannot open " + path + ": " + IoMessages.reason(e), e);
        }
    }

    /**
     * Where the bodies of committed rows end: the furthest end any dataset recorded with its rows (two processes
     * importing at once commit in either order, so it is the maximum, not the latest).
     */
    static long committedEnd(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(bodies_end), 0) FROM dataset")) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }

    /** Cuts off bytes no committed row refers to (left by a batch that was killed before it committed). */
    synchronized void truncateTo(long length) {
        if (length < end) {
            try {
                channel.truncate(length);
                end = length;
            } catch (IOException e) {
                throw new LibraryException("cannot tidy " + path + ": " + IoMessages.reason(e), e);
            }
        }
    }

    /** Appends the bodies back to back; returns the offset of the first. */
    public synchronized long append(List<byte[]> bodies) {
        try (java.nio.channels.FileLock appending = channel.lock(APPEND_LOCK, 1, false)) {
            // Another process may have appended since: its bodies are not ours to overwrite.
            long start = Math.max(end, channel.size());
            ByteBuffer[] buffers = bodies.stream().map(ByteBuffer::wrap).toArray(ByteBuffer[]::new);
            long total = bodies.stream().mapToLong(b -> b.length).sum();
            channel.position(start);
            long written = 0;
            while (written < total) {
                written += channel.write(buffers);
            }
            end = start + total;
            return start;
        } catch (IOException e) {
            throw DiskFull.or(path.getParent(), e, () -> new LibraryException("cannot write " + path + ": " + IoMessages.reason(e), e));
        }
    }

    /**
     * Flushes appended bodies to the device. Called before the rows that point at them commit, so that after a power
     * loss a committed row still finds its body (the OS may otherwise write the database page before the body).
     */
    public void force() {
        try {
            channel.force(false);
        } catch (IOException e) {
            throw DiskFull.or(path.getParent(), e, () -> new LibraryException("cannot flush " + path + ": " + IoMessages.reason(e), e));
        }
    }

    public byte[] read(long offset, int length) {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    throw new LibraryException(path + " is shorter than the library expects: it was cut or damaged");
                }
            }
        } catch (IOException e) {
            throw new LibraryException("cannot read " + path + ": " + IoMessages.reason(e), e);
        }
        return buffer.array();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing after use: nothing to save
        }
    }
}
