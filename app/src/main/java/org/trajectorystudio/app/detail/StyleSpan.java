package org.trajectorystudio.app.detail;

/** A styled range of the detail text, [start, end). */
public record StyleSpan(int start, int end, String styleClass) {}
