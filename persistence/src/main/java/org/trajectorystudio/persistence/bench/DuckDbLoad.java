package org.trajectorystudio.persistence.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code java … DuckDbLoad FILE DATABASE}: the DuckDB contender of the cold benchmark, as its own process. Loads the
 * file with {@code CREATE TABLE t AS SELECT * FROM read_json(…)} into a fresh database file and prints the
 * statement's own seconds (the benchmark times the whole process from outside).
 */
public final class DuckDbLoad {
    private DuckDbLoad() {}

    public static void main(String[] args) {
        double seconds = ImportBenchmark.duckDb(Path.of(args[0]), Path.of(args[1]));
        System.out.println(String.format(Locale.ROOT, "%.3f", seconds));
    }
}
