package org.trajectorystudio.persistence.importing;

/**
 * How to import a file.
 *
 * @param format a format name ({@code studio}, {@code react-chatml}, …) or null to detect it from the first records
 * @param workers parser threads; 0 = one per core
 * @param messagesKey where each record keeps its conversation (a dotted path), or null to look in the usual places
 */
public record ImportOptions(String format, int workers, String messagesKey) {
    public ImportOptions(String format, int workers) {
        this(format, workers, null);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, 0);
    }

    public static ImportOptions format(String format) {
        return new ImportOptions(format, 0);
    }

    int effectiveWorkers() {
        return workers > 0 ? workers : Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
