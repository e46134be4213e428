package org.trajectorystudio.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.trajectorystudio.persistence.bench.SyntheticTrajectories;

/** A temporary folder for an AOT cache's training run, holding its generated records; deleted on close. */
final class TrainingScratch implements AutoCloseable {
    private final Path dir;

    private TrainingScratch(Path dir) {
        this.dir = dir;
    }

    static TrainingScratch create(String prefix) throws IOException {
        return new TrainingScratch(Files.createTempDirectory(prefix));
    }

    Path resolve(String name) {
        return dir.resolve(name);
    }

    /** Writes {@code bytes} of generated records (seed 7, so every training run sees the same) and returns the file. */
    Path records(long bytes, SyntheticTrajectories.Format format) throws IOException {
        Path file = dir.resolve("train.jsonl");
        new SyntheticTrajectories(7).write(file, bytes, format);
        return file;
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
