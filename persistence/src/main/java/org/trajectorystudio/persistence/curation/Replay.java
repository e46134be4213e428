package org.trajectorystudio.persistence.curation;

import java.sql.Connection;
import java.time.Instant;

/**
 * An event of another library's log being written into this one: its identity, author and time are kept, it runs in
 * the import's batch transaction, and {@code applyState} says whether it is the newest event of its target (then it
 * changes the derived state, else it is only logged).
 */
record Replay(String uid, String annotator, Instant at, Connection connection, boolean applyState) {}
