package org.trajectorystudio.persistence.curation;

/** The current rating of one step (candidate null) or one candidate of a step; 1-based. */
public record StepRating(int step, Integer candidate, int score, String annotator) {}
