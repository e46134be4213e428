package org.trajectorystudio.app.cli;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.trajectorystudio.inference.template.ChatTemplateException;
import org.trajectorystudio.inference.tokenize.TokenizerLoadException;
import org.trajectorystudio.persistence.library.Library;
import org.trajectorystudio.persistence.library.LibraryException;
import org.trajectorystudio.persistence.library.LibraryLocation;
import picocli.CommandLine.Model.CommandSpec;

/** Opens the library the root command's {@code --library} names (else the environment, else the default). */
public final class OpenLibrary {
    private OpenLibrary() {}

    /**
     * A command's query must see every sample: full-text filters read the search index, which an import fills behind
     * itself (a command opens the index only when it searches). Call before counting or paging a query.
     */
    public static org.trajectorystudio.persistence.query.SampleQuery caughtUp(Library library,
            org.trajectorystudio.persistence.query.SampleQuery query) {
        if (query.text() != null) {
            library.search().awaitCaughtUp();
        }
        return query;
    }

    public static Library open(CommandSpec spec) {
        Path option = spec.root().userObject() instanceof StudioCommand root ? root.library : null;
        Path dir = LibraryLocation.resolve(option == null ? null : option.toString());
        return userErrors(() -> Library.openForCommand(dir));
    }

    /**
     * Runs a library call, turning the failures a user can cause (unknown id, bad score, unusable folder, missing tokenizer) into one
     * line with exit status 2.
     */
    public static <T> T userErrors(Supplier<T> call) {
        try {
            return call.get();
        } catch (LibraryException | IllegalArgumentException | TokenizerLoadException | ChatTemplateException e) {
            throw new UserError(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
