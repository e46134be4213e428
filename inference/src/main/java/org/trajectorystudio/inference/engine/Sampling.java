package org.trajectorystudio.inference.engine;

import java.util.List;

/**
 * How to sample a completion; the same for every engine.
 *
 * @param temperature 0 is greedy
 * @param topP nucleus sampling mass, in (0, 1]
 * @param maxTokens the most tokens to generate
 * @param seed the sampling seed for reproducible output, or null for a random one. Kept below 2^32 - 1 because
 *     llama.cpp seeds are unsigned 32-bit and reserve 0xFFFFFFFF for "random".
 * @param stop strings that end the completion when generated (not included in the text)
 */
public record Sampling(double temperature, double topP, int maxTokens, Long seed, List<String> stop) {
    private static final long MAX_SEED = 0xFFFF_FFFEL;

    public Sampling {
        if (!(temperature >= 0 && temperature <= 10)) {
            throw new IllegalArgumentException("temperature must be in 0..10, was " + temperature);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("top-p must be in (0, 1], was " + topP);
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("max tokens must be at least 1, was " + maxTokens);
        }
        if (seed != null && (seed < 0 || seed > MAX_SEED)) {
            throw new IllegalArgumentException("seed must be in 0.." + MAX_SEED + ", was " + seed);
        }
        stop = List.copyOf(stop);
        if (stop.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("a stop string may not be empty");
        }
    }

    /** The settings Tongyi DeepResearch recommends for its agents: temperature 0.6, top-p 0.95; 1024 tokens, no seed. */
    public static Sampling defaults() {
        return new Sampling(0.6, 0.95, 1024, null, List.of());
    }

    public Sampling withTemperature(double newTemperature) {
        return new Sampling(newTemperature, topP, maxTokens, seed, stop);
    }

    public Sampling withTopP(double newTopP) {
        return new Sampling(temperature, newTopP, maxTokens, seed, stop);
    }

    public Sampling withMaxTokens(int newMaxTokens) {
        return new Sampling(temperature, topP, newMaxTokens, seed, stop);
    }

    public Sampling withSeed(Long newSeed) {
        return new Sampling(temperature, topP, maxTokens, newSeed, stop);
    }

    public Sampling withStop(List<String> newStop) {
        return new Sampling(temperature, topP, maxTokens, seed, newStop);
    }
}
