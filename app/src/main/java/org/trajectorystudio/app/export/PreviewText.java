package org.trajectorystudio.app.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.trajectorystudio.model.export.ExportResult;

/** The preview's words when it would write nothing: why, and what to change. */
final class PreviewText {
    private PreviewText() {}

    /**
     * @param filters the selection as the manifest records it ({@link ExportJob#filters()})
     */
    static String nothingToExport(ExportResult result, Map<String, String> filters) {
        if (result.read() == 0) {
            String selection = filters.entrySet().stream()
                    .map(entry -> entry.getKey() + " " + entry.getValue())
                    .collect(Collectors.joining(", "));
            return "Nothing to export: no sample matches the selection (" + selection + "). "
                    + "Widen the table's filter or choose the whole library, untick \"Accepted only\", or lower the minimum rating.";
        }
        List<String> why = new ArrayList<>();
        add(why, result.dropped(), "over the token budget (raise it, or truncate instead of drop)");
        add(why, result.skipped(), "of a kind the format cannot write (choose another format)");
        add(why, result.deduplicated(), "duplicates or over the per-question limit");
        return String.format(Locale.ROOT, "Nothing to export: all %,d samples read were removed — %s.", result.read(),
                why.isEmpty() ? "none of them gave a record" : String.join("; ", why));
    }

    private static void add(List<String> why, long count, String reason) {
        if (count > 0) {
            why.add(String.format(Locale.ROOT, "%,d %s", count, reason));
        }
    }
}
