package org.trajectorystudio.app.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The one way the window asks for a file: every Open, Save and Choose… goes through it, so that a test answers the
 * question (a scripted {@code FileDialogs}) instead of typing into the field the chooser would fill. FX thread.
 */
public interface FileDialogs {
    /** "JSON lines", "*.jsonl", "*.json". */
    record Filter(String description, List<String> patterns) {
        public static Filter of(String description, String... patterns) {
            return new Filter(description, List.of(patterns));
        }

        public static final Filter ALL = of("All files", "*");
        public static final Filter JSONL = of("JSON lines", "*.jsonl");
        /** The model files the preview and More like this run in process. */
        public static final Filter GGUF = of("GGUF models", "*.gguf");
    }

    /**
     * @param near a file or folder to start in (its folder when it is a file); null for the last place
     * @param fileName the proposed name of a file to save; null when opening
     */
    record Request(String title, List<Filter> filters, Path near, String fileName) {
        public static Request open(String title, Path near, Filter... filters) {
            return new Request(title, List.of(filters), near, null);
        }

        public static Request save(String title, Path near, String fileName, Filter... filters) {
            return new Request(title, List.of(filters), near, fileName);
        }
    }

    Optional<Path> open(Window owner, Request request);

    List<Path> openMany(Window owner, Request request);

    Optional<Path> save(Window owner, Request request);

    /** The platform's file choosers. */
    FileDialogs NATIVE = new FileDialogs() {
        @Override
        public Optional<Path> open(Window owner, Request request) {
            return Optional.ofNullable(chooser(request).showOpenDialog(owner)).map(File::toPath);
        }

        @Override
        public List<Path> openMany(Window owner, Request request) {
            List<File> files = chooser(request).showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        }

        @Override
        public Optional<Path> save(Window owner, Request request) {
            return Optional.ofNullable(chooser(request).showSaveDialog(owner)).map(File::toPath);
        }

        private FileChooser chooser(Request request) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(request.title());
            request.filters().forEach(filter -> chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(filter.description(), filter.patterns())));
            if (request.near() != null) {
                Path near = request.near().toAbsolutePath();
                Path folder = Files.isDirectory(near) ? near : near.getParent();
                if (folder != null && Files.isDirectory(folder)) {
                    chooser.setInitialDirectory(folder.toFile());
                }
            }
            if (request.fileName() != null) {
                chooser.setInitialFileName(request.fileName());
            }
            return chooser;
        }
    };
}
