package org.trajectorystudio.persistence.importing;

/** A rejected or warned line of a source file: 1-based line number and a one-line reason. */
public record LineIssue(long line, String reason) {}
