package org.trajectorystudio.persistence.similar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small real embedding for persistence's tests, where no model can run (persistence does not depend on
 * inference): each lower-cased word adds 1 at its hash's position in a 64-wide vector, so texts that share words point
 * the same way and equal texts give equal vectors. Counts the texts it embedded.
 */
final class WordHashEmbedder implements SampleEmbedder {
    private final String identity;
    private final int salt;
    final AtomicInteger texts = new AtomicInteger();

    /** @param salt another salt is another model: the same words land elsewhere */
    WordHashEmbedder(String identity, int salt) {
        this.identity = identity;
        this.salt = salt;
    }

    @Override
    public String identity() {
        return identity;
    }

    @Override
    public List<float[]> embed(List<String> batch) {
        List<float[]> vectors = new ArrayList<>();
        for (String text : batch) {
            float[] vector = new float[64];
            for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
                if (!word.isEmpty()) {
                    vector[Math.floorMod(word.hashCode() * 31 + salt, 64)] += 1;
                }
            }
            vectors.add(vector);
            texts.incrementAndGet();
        }
        return vectors;
    }
}
