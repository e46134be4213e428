package org.trajectorystudio.model.export.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.trajectorystudio.model.io.Fsync;

/**
 * A file written to a temporary file in the target's folder and moved into place in one step on {@link #commit()}:
 * readers never see half a file, and a failed or cancelled write leaves the target as it was. Closing without commit
 * deletes the temporary file. Keeps the SHA-256 of what was written.
 */
public final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final MessageDigest digest;
    private final FileChannel channel;
    private final OutputStream out;
    private long bytes;
    private boolean committed;

    public AtomicFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path folder = this.target.getParent();
        Files.createDirectories(folder);
        Path[] created = new Path[1];
        // Locked while it lives, so that the next export removes one left by a killed export (OwnedTempFile).
        this.channel = OwnedTempFile.create(folder, "." + this.target.getFileName(), ".tmp", created, true);
        this.temp = created[0];
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        this.out = new BufferedOutputStream(new DigestOutputStream(Channels.newOutputStream(channel), digest), 1 << 16);
    }

    public void write(byte[] data) throws IOException {
        out.write(data);
        bytes += data.length;
    }

    public void write(byte[] data, int offset, int length) throws IOException {
        out.write(data, offset, length);
        bytes += length;
    }

    public long bytes() {
        return bytes;
    }

    public Path target() {
        return target;
    }

    /**
     * Flushes to the device (so that a power loss after the export said done cannot leave a renamed but empty file),
     * then moves the temporary file over the target and flushes the folder. Returns the SHA-256 of the content, in hex.
     */
    public String commit() throws IOException {
        out.flush();
        channel.force(true);
        out.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING); // same folder: only odd file systems get here
        }
        Fsync.folder(target.getParent());
        committed = true;
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
