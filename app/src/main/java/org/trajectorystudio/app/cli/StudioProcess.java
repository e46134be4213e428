package org.trajectorystudio.app.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trajectorystudio.app.Main;
import org.trajectorystudio.persistence.bench.ImportBenchmark;

/**
 * How to start this studio's CLI again as a fresh process at the budget's heap, for the cold benchmark: through the
 * launcher when it started us ({@code ./studio} exports {@code STUDIO_LAUNCHER}), as a user runs it; else the same
 * java, JVM options and class path as this process.
 */
final class StudioProcess {
    private StudioProcess() {}

    static ImportBenchmark.StudioCommand command() {
        String launcher = System.getenv("STUDIO_LAUNCHER");
        if (launcher != null && Files.isExecutable(Path.of(launcher))) {
            String opts = Optional.ofNullable(System.getenv("STUDIO_JAVA_OPTS")).orElse("")
                    .replaceAll("-Xmx\\S+", "").strip();
            // what is built now, never a rebuild inside the measurement
            return new ImportBenchmark.StudioCommand(List.of(launcher),
                    Map.of("STUDIO_JAVA_OPTS", (opts + " " + ImportBenchmark.HEAP).strip(), "STUDIO_SKIP_BUILD", "1"));
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!argument.startsWith("-Xmx") && !argument.startsWith("-XX:AOTCacheOutput") && !argument.startsWith("-agentlib")
                    && !argument.startsWith("-javaagent")) {
                command.add(argument);
            }
        }
        command.add(ImportBenchmark.HEAP);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        return new ImportBenchmark.StudioCommand(command, Map.of());
    }
}
