package org.trajectorystudio.app.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trajectorystudio.model.judge.Rubric;
import org.trajectorystudio.model.judge.Rubrics;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.persistence.library.Settings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rubrics a curator edited in the window, kept in the library's settings ({@value #SETTING}: a JSON object of name to
 * template) so that they travel with the library and {@code ./studio judge --rubric NAME} finds them too. A shipped
 * rubric's name always means the shipped template: an edited copy gets a name of its own.
 */
public final class SavedRubrics {
    static final String SETTING = "judge.rubrics";

    private SavedRubrics() {}

    /** The shipped rubrics, then the saved ones in the order they were first saved. */
    public static List<Rubric> all(Settings settings) {
        List<Rubric> all = new ArrayList<>(Rubrics.DEFAULTS);
        saved(settings).properties().forEach(entry -> {
            try {
                all.add(new Rubric(entry.getKey(), entry.getValue().asString()));
            } catch (IllegalArgumentException e) {
                // a hand-edited setting that is no rubric: left out
            }
        });
        return all;
    }

    /** A shipped or saved rubric by name. */
    public static Optional<Rubric> named(Settings settings, String name) {
        return all(settings).stream().filter(rubric -> rubric.name().equals(name)).findFirst();
    }

    /**
     * Saves an edited rubric (replacing a saved one of that name).
     *
     * @throws IllegalArgumentException when it would change a shipped rubric
     */
    public static void save(Settings settings, Rubric rubric) {
        Optional<Rubric> shipped = Rubrics.named(rubric.name());
        if (shipped.isPresent()) {
            if (shipped.get().template().equals(rubric.template())) {
                return;
            }
            throw new IllegalArgumentException("'" + rubric.name() + "' is a shipped rubric: give the edited one a name of its own");
        }
        ObjectNode saved = saved(settings);
        saved.put(rubric.name(), rubric.template());
        settings.set(SETTING, Json.write(saved));
    }

    private static ObjectNode saved(Settings settings) {
        JsonNode node = settings.get(SETTING).map(Json::tryParse).orElse(null);
        return node instanceof ObjectNode object ? object : Json.object();
    }
}
