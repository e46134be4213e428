package org.trajectorystudio.model.task;

/**
 * Where long work stands: {@code done} of {@code total} {@code unit}s ({@code total} -1 while not known) and the line
 * a window's status bar or a terminal shows for it. Import, export, curation log import, the judge, embeddings and
 * model loading all report this one shape to a {@link ProgressListener}; {@link CancelToken} is the other direction.
 */
public record Progress(long done, long total, String unit, String message) {
    /** Steps of a task whose parts count different things (an export reads samples, then writes records). */
    private static final long SHARES = 10_000;

    public Progress {
        unit = unit == null ? "" : unit;
        message = message == null ? "" : message;
    }

    /** Work that cannot say how far it is ("Opening the tokenizer"). */
    public static Progress working(String message) {
        return new Progress(0, -1, "", message);
    }

    /** {@code fraction} (0..1) of a task made of steps, e.g. the read share of an export plus its write share. */
    public static Progress share(double fraction, String message) {
        return new Progress(Math.round(Math.clamp(fraction, 0, 1) * SHARES), SHARES, "share", message);
    }

    /** 0..1, or -1 when the total is not known. */
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1, (double) done / total);
    }
}
