package org.trajectorystudio.persistence.importing;

import org.trajectorystudio.model.task.CancelToken;
import org.trajectorystudio.model.task.Progress;
import org.trajectorystudio.model.task.ProgressListener;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import org.trajectorystudio.model.format.FormatNotDetectedException;
import org.trajectorystudio.model.format.Formats;
import org.trajectorystudio.model.format.RawLine;
import org.trajectorystudio.model.format.ReadOptions;
import org.trajectorystudio.model.format.SampleFormat;
import org.trajectorystudio.model.format.SampleReader;
import org.trajectorystudio.model.text.Plural;
import org.trajectorystudio.persistence.library.LibraryException;
import org.trajectorystudio.persistence.store.Database;

/**
 * Streams a JSONL file into the library: a reader thread cuts the file into chunks of lines, worker threads parse
 * them (JSON, format mapping, canonical body, hash, compression), and the calling thread writes the parsed chunks in
 * file order, in transactions of about half a second of chunks. Memory stays bounded by the few chunks in flight, whatever the file's size.
 * Imports into one library run one at a time (the duplicate check relies on it).
 */
public final class Importer {
    /** The first chunk is small so that a window shows first rows at once; later ones are large for throughput. */
    private static final int FIRST_CHUNK_LINES = 32;
    private static final int CHUNK_LINES = 1024;
    /**
     * 1 MB rather than 4: the chunks in flight (queued, parsing, waiting for the writer) outlive several young
     * collections, and at 4 MB a 256 MB heap promoted them until it ran 30 full collections in a 1 GB import (2 now).
     */
    private static final int CHUNK_BYTES = 1 << 20;
    private static final long COMMIT_INTERVAL_NANOS = 500_000_000L;

    private final Database database;
    private final Runnable beforeImport;
    private final Runnable afterImport;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    /**
     * @param beforeImport called before each import (the library holds its search indexer back there)
     * @param afterImport called after each import (the library lets its search indexer go on there)
     */
    public Importer(Database database, Runnable beforeImport, Runnable afterImport) {
        this.database = database;
        this.beforeImport = beforeImport;
        this.afterImport = afterImport;
    }

    public ImportResult importFile(Path file, ImportOptions options, ProgressListener listener, CancelToken cancel) {
        oneAtATime.lock();
        beforeImport.run();
        try {
            return run(file, options, listener == null ? ProgressListener.NONE : listener,
                    cancel == null ? new CancelToken() : cancel);
        } catch (LibraryException e) {
            throw database.diskFull(e); // a full disk met by the body file: the database must not be closed normally
        } finally {
            oneAtATime.unlock();
            afterImport.run();
        }
    }

    private ImportResult run(Path file, ImportOptions options, ProgressListener listener, CancelToken cancel) {
        long started = System.nanoTime();
        SampleFormat forced = options.format() == null ? null : Formats.byName(options.format())
                .orElseThrow(() -> new LibraryException("unknown format '" + options.format() + "' (known: "
                        + String.join(", ", Formats.names()) + ")"));
        long size;
        long modified;
        MessageDigest sha256;
        SampleReader reader;
        try {
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file).toMillis();
            sha256 = MessageDigest.getInstance("SHA-256");
            InputStream in = new DigestInputStream(Files.newInputStream(file), sha256);
            reader = SampleReader.open(file, in, ReadOptions.of(forced).withMessagesKey(options.messagesKey()));
        } catch (NoSuchFileException e) {
            throw new LibraryException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new LibraryException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (FormatNotDetectedException e) {
            throw new LibraryException(e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        String format = reader.format().name();
        DatasetRecorder datasets = new DatasetRecorder(database);
        long datasetId = datasets.begin(file.toAbsolutePath().normalize().toString(), size, modified, format);
        Tally tally = new Tally();
        if (reader.detection() != null) {
            // A tie between formats is said once, as a warning on line 0: the user may want --format.
            reader.detection().note().ifPresent(note -> {
                tally.warningCount++;
                tally.warnings.add(new LineIssue(0, note));
            });
        }
        String status = "failed";
        try (reader) {
            status = pump(reader, options, datasetId, size, started, tally, listener, cancel) ? "cancelled" : "complete";
        } finally {
            String hash = status.equals("complete") ? HexFormat.of().formatHex(sha256.digest()) : null;
            datasets.finish(datasetId, status, hash);
        }
        return new ImportResult(datasetId, file.toString(), format, tally.imported, tally.duplicates,
                tally.rejectedCount, tally.warningCount, tally.rejected, tally.warnings,
                (System.nanoTime() - started) / 1e9, tally.bytes, status.equals("cancelled"));
    }

    /** Runs the pipeline; returns true when it stopped because it was cancelled. */
    private boolean pump(SampleReader reader, ImportOptions options, long datasetId, long size, long started,
                         Tally tally, ProgressListener listener, CancelToken cancel) {
        ChunkParser parser = new ChunkParser(reader.format());
        int workers = options.effectiveWorkers();
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemon("import-parser"));
        BlockingQueue<Future<ParsedChunk>> parsed = new ArrayBlockingQueue<>(workers * 2);
        Thread readerThread = Thread.ofPlatform().daemon().name("import-reader").unstarted(
                () -> readChunks(reader, parser, pool, parsed, cancel));
        readerThread.start();
        try (SampleWriter writer = new SampleWriter(database.connection(), database.bodies(), datasetId, database::forceCommitted)) {
            long lastCommit = 0;
            boolean pending = false;
            while (true) {
                ParsedChunk chunk = cancel.isCancelled() ? ParsedChunk.CANCELLED : parsed.take().get();
                if (chunk.isEnd()) {
                    if (pending) {
                        writer.commit();
                        progress(listener, tally, size, started);
                    }
                    return chunk == ParsedChunk.CANCELLED;
                }
                int inserted = writer.write(chunk);
                tally.add(chunk, inserted);
                pending = true;
                // The first chunk commits at once (first rows in the window); later ones about every half second.
                // Each H2 commit rewrites the touched B-tree pages of the table and its indexes, which cost the
                // writer half its time when every 4 MB chunk committed on its own. A crash still leaves whole
                // chunks only: the chunks of one transaction commit or vanish together.
                long now = System.nanoTime();
                if (lastCommit == 0 || now - lastCommit >= COMMIT_INTERVAL_NANOS) {
                    writer.commit();
                    lastCommit = now;
                    pending = false;
                    progress(listener, tally, size, started);
                }
            }
        } catch (SQLException e) {
            throw database.failure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LibraryException("import interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw new LibraryException("cannot read the file: " + io.getCause().getMessage(), io);
            }
            throw new LibraryException("import failed: " + cause.getMessage(), cause);
        } finally {
            readerThread.interrupt();
            pool.shutdownNow();
        }
    }

    private static void progress(ProgressListener listener, Tally tally, long size, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        double megabytesPerSecond = seconds <= 0 ? 0 : tally.bytes / 1e6 / seconds;
        // The file's bytes are the measure (the line count is not known ahead); the line is the status bar's.
        listener.progress(new Progress(tally.bytes, size, "bytes",
                String.format(Locale.ROOT, "%s · %.1f MB/s", Plural.of(tally.records, "sample"), megabytesPerSecond)));
    }

    /** The reader thread: cuts lines into chunks, hands each to the pool, queues the futures in file order. */
    private static void readChunks(SampleReader reader, ChunkParser parser, ExecutorService pool,
                                   BlockingQueue<Future<ParsedChunk>> parsed, CancelToken cancel) {
        try {
            Iterator<RawLine> lines = reader.lines();
            int limit = FIRST_CHUNK_LINES;
            while (!cancel.isCancelled()) {
                List<RawLine> chunk = new ArrayList<>(limit);
                long bytes = 0;
                while (chunk.size() < limit && bytes < CHUNK_BYTES && lines.hasNext()) {
                    RawLine line = lines.next();
                    chunk.add(line);
                    bytes += line.bytes().length;
                }
                if (chunk.isEmpty()) {
                    break;
                }
                long bytesAfter = reader.bytesRead();
                parsed.put(pool.submit(() -> parser.parse(chunk, bytesAfter)));
                limit = CHUNK_LINES;
            }
            parsed.put(CompletableFuture.completedFuture(cancel.isCancelled() ? ParsedChunk.CANCELLED : ParsedChunk.END));
        } catch (InterruptedException e) {
            // The writer stopped (cancelled or failed); nothing more to read.
        } catch (RuntimeException e) {
            try {
                parsed.put(CompletableFuture.failedFuture(e));
            } catch (InterruptedException stopped) {
                // The writer is gone already.
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return Thread.ofPlatform().daemon().name(name + "-", 1).factory();
    }

    /** Running totals of one import (writer thread only). */
    private static final class Tally {
        long records;
        long imported;
        long duplicates;
        long rejectedCount;
        long warningCount;
        long bytes;
        final List<LineIssue> rejected = new ArrayList<>();
        final List<LineIssue> warnings = new ArrayList<>();

        void add(ParsedChunk chunk, int inserted) {
            records += chunk.lines();
            imported += inserted;
            duplicates += chunk.rows().size() - inserted;
            rejectedCount += chunk.rejected().size();
            warningCount += chunk.warnings().size();
            bytes = chunk.bytesAfter();
            keep(rejected, chunk.rejected());
            keep(warnings, chunk.warnings());
        }

        private static void keep(List<LineIssue> list, List<LineIssue> more) {
            for (LineIssue issue : more) {
                if (list.size() >= ImportResult.LISTED) {
                    return;
                }
                list.add(issue);
            }
        }
    }
}
