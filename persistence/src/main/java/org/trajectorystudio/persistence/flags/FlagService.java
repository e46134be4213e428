package org.trajectorystudio.persistence.flags;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trajectorystudio.model.flags.FlagKind;
import org.trajectorystudio.model.flags.FlagSettings;
import org.trajectorystudio.model.flags.QualityFlag;
import org.trajectorystudio.persistence.library.Settings;
import org.trajectorystudio.persistence.store.Database;
import org.trajectorystudio.persistence.store.SampleStore;

/**
 * The library's quality flags: each sample's stored flags, counts, and the curator's flag settings (kept in the
 * library as {@code flags.off} and {@code flags.answerF1}). Thread-safe.
 */
public final class FlagService {
    static final String OFF = "flags.off";
    static final String ANSWER_F1 = "flags.answerF1";

    private final Database database;
    private final Settings settings;
    private final FlagIndexer indexer;

    public FlagService(Database database, Settings settings, FlagIndexer indexer) {
        this.database = database;
        this.settings = settings;
        this.indexer = indexer;
    }

    public FlagSettings settings() {
        EnumSet<FlagKind> enabled = EnumSet.allOf(FlagKind.class);
        settings.get(OFF).ifPresent(off -> {
            for (String name : off.split(",")) {
                FlagKind.fromWireName(name.strip()).ifPresent(enabled::remove);
            }
        });
        double threshold = settings.get(ANSWER_F1).map(FlagService::parseThreshold).orElse(FlagSettings.DEFAULT_F1_THRESHOLD);
        return new FlagSettings(enabled, threshold);
    }

    public void save(FlagSettings flagSettings) {
        List<String> off = new ArrayList<>();
        for (FlagKind kind : FlagKind.values()) {
            if (!flagSettings.enabled().contains(kind)) {
                off.add(kind.wireName());
            }
        }
        settings.set(OFF, String.join(",", off));
        settings.set(ANSWER_F1, Double.toString(flagSettings.answerF1Threshold()));
    }

    /** Every stored flag of a sample (switched-off kinds included; {@link FlagSettings#raised} picks the shown ones). */
    public List<QualityFlag> of(String sampleId) {
        return database.read(connection -> {
            long seq = SampleStore.seqOf(connection, sampleId);
            return FlagStore.of(connection, List.of(seq)).getOrDefault(seq, List.of());
        });
    }

    /** How many samples each kind raises under the current settings (switched-off kinds are absent). */
    public Map<FlagKind, Long> counts() {
        FlagSettings current = settings();
        return database.read(connection -> {
            Map<FlagKind, Long> counts = new EnumMap<>(FlagKind.class);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT flag, COUNT(*) FROM sample_flag WHERE flag <> ? OR score < ? GROUP BY flag")) {
                select.setString(1, FlagKind.ANSWER_MISMATCH.wireName());
                select.setDouble(2, current.answerF1Threshold());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Optional<FlagKind> kind = FlagKind.fromWireName(rs.getString(1));
                        if (kind.isPresent() && current.enabled().contains(kind.get())) {
                            counts.put(kind.get(), rs.getLong(2));
                        }
                    }
                }
            }
            return counts;
        });
    }

    /**
     * Samples the settings flag at least once: distinct samples among the raised flag rows (samples are never deleted,
     * so each row's sample exists), one pass over the flags rather than a probe per sample.
     */
    public long flaggedSamples() {
        FlagFilter raised = FlagFilter.anyRaised(settings());
        if (raised.matchesNothing()) {
            return 0;
        }
        return database.read(connection -> {
            List<Object> params = new ArrayList<>();
            String condition = raised.rowCondition(params);
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(DISTINCT f.sample_seq) FROM sample_flag f WHERE " + condition)) {
                for (int i = 0; i < params.size(); i++) {
                    count.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Computes the flags of every sample that waits for them, on this thread. */
    public void awaitCaughtUp() {
        indexer.awaitCaughtUp();
    }

    /** Samples whose flags are not computed yet. */
    public long backlog() {
        return indexer.backlog();
    }

    private static double parseThreshold(String text) {
        try {
            double value = Double.parseDouble(text);
            return value >= 0 && value <= 1 ? value : FlagSettings.DEFAULT_F1_THRESHOLD;
        } catch (NumberFormatException e) {
            return FlagSettings.DEFAULT_F1_THRESHOLD;
        }
    }
}
