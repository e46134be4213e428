package org.trajectorystudio.app.preview;

import org.trajectorystudio.model.task.ProgressListener;
import org.trajectorystudio.inference.engine.CompletionEngine;
import org.trajectorystudio.inference.engine.EngineException;
import org.trajectorystudio.inference.engine.Sampling;
import org.trajectorystudio.persistence.library.Library;

/**
 * What the preview pane and the planning dialog share: the settings form, the loaded engine and where the settings
 * are remembered. Read the form on the FX thread with {@link #prepare()}, then get the engine in the background.
 */
final class PreviewSession implements AutoCloseable {
    private final Library library;
    private final SettingsForm form = new SettingsForm();
    private final org.trajectorystudio.app.ui.task.LoadedModel<EngineChoice, CompletionEngine> engine = new org.trajectorystudio.app.ui.task.LoadedModel<>();

    /** The settings of one run, read from the form. */
    record Prepared(PreviewSettings settings, EngineChoice choice, Sampling sampling) {}

    PreviewSession(Library library) {
        this.library = library;
    }

    SettingsForm form() {
        return form;
    }

    /** FX thread. @throws IllegalArgumentException with one clear line when a setting is missing or does not parse */
    Prepared prepare() {
        PreviewSettings settings = form.read();
        EngineChoice choice = form.choice(settings);
        return new Prepared(settings, choice, SettingsForm.sampling(settings));
    }

    /** Background: remembers the settings in the library, then loads the engine unless it is loaded already. */
    CompletionEngine engine(Prepared prepared, ProgressListener progress) throws EngineException {
        if (!prepared.settings().equals(remembered())) {
            prepared.settings().save(library.settings());
        }
        return engine.get(prepared.choice(), progress);
    }

    /** Background: the remembered settings, for the form at start. */
    PreviewSettings remembered() {
        return PreviewSettings.load(library.settings());
    }

    /** Frees the model; waits briefly for a running completion, so call it off the FX thread. */
    @Override
    public void close() {
        engine.close();
    }
}
