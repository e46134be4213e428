package org.trajectorystudio.persistence.similar;

import java.util.List;

/**
 * Turns texts into vectors for {@link SimilarityService}: the app adapts a local model or a server to it (persistence
 * knows no model). The same text must always give the same vector, and every vector the same length.
 */
public interface SampleEmbedder {
    /** What identifies the vectors (model and where it runs): the index is rebuilt when it changes. */
    String identity();

    /**
     * One vector per text, in order.
     *
     * @throws org.trajectorystudio.persistence.library.LibraryException with a message fit for the user when the
     *     model fails
     */
    List<float[]> embed(List<String> texts);
}
