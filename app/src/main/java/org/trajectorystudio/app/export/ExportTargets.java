package org.trajectorystudio.app.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trajectorystudio.model.export.ExportPipeline;
import org.trajectorystudio.persistence.dataset.DatasetInfo;
import org.trajectorystudio.persistence.export.JsonlToParquet;
import org.trajectorystudio.persistence.library.Library;

/**
 * The files an export is about to write, checked before anything is written (the command line and the dialog both
 * ask here): none may be a file the library imported (by path, by hard or symbolic link, or by content: the library
 * keeps each source's size and SHA-256), none may lie inside the library folder (an export over {@code bodies.dat}
 * damaged every stored sample), and no two may be the same file (Parquet over its own JSONL left a manifest whose
 * hash matched nothing).
 */
public final class ExportTargets {
    private ExportTargets() {}

    /** The reason the export must not run, as one line; thrown before any file is touched. */
    public static final class RefusedException extends IllegalArgumentException {
        RefusedException(String message) {
            super(message);
        }
    }

    /** Every file the export writes for {@code out}: the JSONL, its validation split, the manifest, Parquet and card. */
    public static List<Path> files(Path out, boolean validation, boolean parquet) {
        Path target = out.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(List.of(target, ExportPipeline.manifestPath(target)));
        Path validationOut = ExportPipeline.validationPath(target);
        if (validation) {
            files.add(validationOut);
        }
        if (parquet) {
            files.add(JsonlToParquet.parquetPath(target));
            if (validation) {
                files.add(JsonlToParquet.parquetPath(validationOut));
            }
            files.add(target.resolveSibling("README.md"));
            files.add(HubDataset.cardBeside(target));
        }
        return files;
    }

    /** @throws RefusedException naming the first file that would overwrite an input, the library or another output */
    public static void check(Library library, Path out, boolean validation, boolean parquet) {
        List<Path> files = files(out, validation, parquet);
        Set<Path> distinct = new LinkedHashSet<>();
        for (Path file : files) {
            if (!distinct.add(real(file))) {
                throw new RefusedException(file + ": the export would write this file twice (choose another --out name)");
            }
        }
        Path libraryDir = real(library.dir().toAbsolutePath().normalize());
        List<DatasetInfo> sources = library.datasets().list();
        for (Path file : files) {
            Path real = real(file);
            if (real.startsWith(libraryDir)) {
                throw new RefusedException(file + " lies inside the library folder " + library.dir()
                        + ": an export there would damage the library; choose a path outside it");
            }
            for (DatasetInfo source : sources) {
                if (isSource(real, source)) {
                    throw new RefusedException(file + " is a file the library imported (" + source.sourcePath()
                            + "): an export would overwrite its own input; choose another path");
                }
            }
        }
    }

    private static boolean isSource(Path file, DatasetInfo source) {
        Path sourcePath = Path.of(source.sourcePath());
        if (real(sourcePath).equals(file)) {
            return true;
        }
        try {
            if (!Files.isRegularFile(file)) {
                return false;
            }
            if (Files.exists(sourcePath) && Files.isSameFile(sourcePath, file)) {
                return true; // a hard link
            }
            // Moved or copied since the import: the same bytes are still that input.
            return source.sha256() != null && Files.size(file) == source.sizeBytes() && source.sha256().equals(sha256(file));
        } catch (IOException e) {
            return false; // unreadable: the export will say so when it writes
        }
    }

    /** The path with every existing part resolved (symbolic links followed), the rest as given. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    /** The file's SHA-256 in hex, as manifests record it. */
    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
