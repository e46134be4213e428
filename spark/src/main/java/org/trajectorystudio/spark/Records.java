package org.trajectorystudio.spark;

import java.io.Serializable;

/** The rows the job moves between executors: plain serializable records, samples as canonical studio bytes. */
final class Records {
    private Records() {}

    /** One readable source line; {@code id} is the library id (the source's own, else the content id). */
    record Source(long key, String id, int file, byte[] sample) implements Serializable {}

    /** A sample the selection offers to the export, as its latest revision (0 = as imported, as the window, the curation log and the studio's manifest number them). */
    record Offered(long key, String id, int revision, int file, byte[] sample) implements Serializable {}

    enum Status { SKIPPED, FITS, TRUNCATED, DROPPED }

    /**
     * What rendering, counting and the budget made of one offered sample. Everything but the output line, so that
     * the global decisions (duplicates, questions, limits, split) move small rows only.
     *
     * @param contentId null when skipped
     * @param rendering the full rendering's 128-bit digest (hex), null when skipped
     * @param reason why it was skipped or dropped, else null
     */
    record Meta(long key, String id, int revision, int file, Status status, String contentId, String rendering,
                String question, int tokens, boolean finalAnswerLost, String reason) implements Serializable {
        boolean kept() {
            return status == Status.FITS || status == Status.TRUNCATED;
        }
    }

    /** The output line of a kept sample (record JSON with id and newline), by order key. */
    record Line(long key, byte[] bytes) implements Serializable {}

    /** Where an exported record goes: its split and place in that split's order. */
    record Placed(long key, String id, int revision, int file, boolean validation, int tokens, boolean truncated,
                  boolean finalAnswerLost, long question, long cluster) implements Serializable {}

    /** A record the export removed, with the studio's reason. */
    record Removed(long key, int phase, String id, int revision, String reason) implements Serializable {}
}
