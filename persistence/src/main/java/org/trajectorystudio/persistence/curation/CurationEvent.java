package org.trajectorystudio.persistence.curation;

import java.time.Instant;

/**
 * One entry of the append-only curation log.
 *
 * @param payload the event's details as JSON: {@code {"score":4,"step":2}}, {@code {"verdict":"accepted"}},
 *     {@code {"label":"gold"}}, {@code {"text":"…"}}, {@code {"revision":1}}
 */
public record CurationEvent(long id, String sampleId, String annotator, Instant at, EventType type, String payload) {}
