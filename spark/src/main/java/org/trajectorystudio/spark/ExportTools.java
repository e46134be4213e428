package org.trajectorystudio.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkFiles;
import org.trajectorystudio.inference.template.TemplateSpec;
import org.trajectorystudio.inference.tokenize.TokenizerSpec;
import org.trajectorystudio.model.export.ExportFormat;
import org.trajectorystudio.model.export.ExportProfile;
import org.trajectorystudio.model.export.ExportProfileFile;
import org.trajectorystudio.model.export.PackingOptions;
import org.trajectorystudio.model.export.budget.BudgetPolicy;
import org.trajectorystudio.model.export.render.Renderer;
import org.trajectorystudio.model.export.render.Renderers;
import org.trajectorystudio.model.export.template.ChatTemplate;
import org.trajectorystudio.model.tokens.TokenCounter;

/**
 * The profile's tokenizer, template, renderer and budget, opened once per JVM (driver or executor) and shared by its
 * tasks: the same {@code tokenizer.json} through the same {@link TokenizerSpec} code path as {@code ./studio export}.
 * Files a spec names are looked up as given, then among the files shipped with {@code spark-submit --files}.
 */
final class ExportTools {
    private static final Map<String, ExportTools> OPEN = new ConcurrentHashMap<>();

    final ExportProfileFile spec;
    final ExportProfile profile;
    final TokenCounter counter;
    final ChatTemplate template;
    final Renderer renderer;
    final BudgetPolicy budget;
    final int separatorTokens;

    private ExportTools(ExportProfileFile spec) {
        this.spec = spec;
        this.counter = TokenizerSpec.parse(resolve(spec.tokenizer())).open();
        this.template = TemplateSpec.open(resolve(spec.template()));
        this.profile = spec.toProfile(counter, template, Map.of());
        this.renderer = Renderers.of(profile);
        PackingOptions packing = profile.packing();
        this.separatorTokens = packing != null && profile.format() != ExportFormat.CHAT ? counter.count(packing.separator()) : 0;
        this.budget = packing == null ? profile.budget() : packedBudget(profile.budget(), packing, separatorTokens);
    }

    /** @param profileJson the profile file's JSON (what closures carry: the record itself is not serializable) */
    static ExportTools of(String profileJson) {
        return OPEN.computeIfAbsent(profileJson, json -> new ExportTools(ExportProfileFile.parse(json)));
    }

    /** A packed record must fit one sequence together with its separator (as the studio's pipeline decides). */
    private static BudgetPolicy packedBudget(BudgetPolicy budget, PackingOptions packing, int separatorTokens) {
        int room = packing.sequenceLength() - separatorTokens;
        if (room < 1) {
            throw new IllegalArgumentException("sequence length " + packing.sequenceLength() + " leaves no room beside the separator");
        }
        return new BudgetPolicy(Math.min(budget.maxTokens(), room), budget.overBudget());
    }

    /** {@code hf:tokenizer.json} finds a file shipped with {@code --files} when no such path exists here. */
    static String resolve(String spec) {
        int colon = spec.indexOf(':');
        if (colon <= 0) {
            return spec;
        }
        Path path = Path.of(spec.substring(colon + 1));
        if (Files.exists(path)) {
            return spec;
        }
        try {
            Path shipped = Path.of(SparkFiles.get(path.getFileName().toString()));
            return Files.exists(shipped) ? spec.substring(0, colon + 1) + shipped : spec;
        } catch (RuntimeException noSparkContext) {
            return spec;
        }
    }
}
