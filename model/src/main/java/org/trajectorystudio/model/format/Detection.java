package org.trajectorystudio.model.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How every registered format scored the first records of a file, best first (registry order among equals). The best
 * wins when its score is clear of the rest and not too low to be a guess; otherwise the candidates are listed so that
 * the user can name one.
 *
 * @param candidates every format with a score above 0, best first
 * @param records how many records were scored
 */
public record Detection(List<Candidate> candidates, int records) {
    /** Below this mean score per record (of 100) a best guess is not taken: the records fit no format well. */
    public static final int LOW_MEAN = 10;

    /**
     * @param score the sum of {@link SampleFormat#recognise} over the records
     * @param recognised how many records scored above 0
     */
    public record Candidate(SampleFormat format, long score, int recognised) {
        String describe(int records) {
            return format.name() + " " + score + " (" + recognised + " of " + records + " records)";
        }
    }

    public Detection {
        candidates = List.copyOf(candidates);
    }

    /** Scores {@code formats} (in registry order) over {@code records}. */
    static Detection score(List<SampleFormat> formats, List<tools.jackson.databind.node.ObjectNode> records) {
        List<Candidate> candidates = new ArrayList<>();
        for (SampleFormat format : formats) {
            long score = 0;
            int recognised = 0;
            for (var record : records) {
                int one = format.recognise(record);
                score += one;
                recognised += one > 0 ? 1 : 0;
            }
            if (score > 0) {
                candidates.add(new Candidate(format, score, recognised));
            }
        }
        // A stable sort keeps registry order among equal scores.
        candidates.sort(Comparator.comparingLong(Candidate::score).reversed());
        return new Detection(candidates, records.size());
    }

    /** The format the file is read with: the best, unless no format scored or the best is too low to be a guess. */
    public Optional<SampleFormat> winner() {
        if (candidates.isEmpty() || candidates.getFirst().score() < (long) LOW_MEAN * Math.max(1, records)) {
            return Optional.empty();
        }
        return Optional.of(candidates.getFirst().format());
    }

    /** True when the winner shares its score with another format (it won by registry order). */
    public boolean tied() {
        return winner().isPresent() && candidates.size() > 1 && candidates.get(1).score() == candidates.getFirst().score();
    }

    /** The candidates and their scores, best first: {@code openai 1000 (20 of 20 records), sharegpt 500 (…)}. */
    public String describe() {
        return candidates.isEmpty() ? "no format recognised any of them"
                : candidates.stream().map(candidate -> candidate.describe(records)).collect(Collectors.joining(", "));
    }

    /** What to tell the user about this detection, or empty when the winner is clear. */
    public Optional<String> note() {
        if (winner().isEmpty()) {
            return Optional.of(candidates.isEmpty()
                    ? "the first " + records + " records look like none of the formats"
                    : "the first " + records + " records fit no format well (under " + LOW_MEAN
                            + " of 100 a record): " + describe());
        }
        if (tied()) {
            List<String> tiedNames = candidates.stream().filter(c -> c.score() == candidates.getFirst().score())
                    .map(c -> c.format().name()).toList();
            return Optional.of("the first " + records + " records fit " + String.join(" and ", tiedNames)
                    + " equally (" + describe() + "); read as " + tiedNames.getFirst()
                    + ", the first registered; name another with --format");
        }
        return Optional.empty();
    }
}
