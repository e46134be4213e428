package org.trajectorystudio.model.text;

import java.util.Arrays;

/**
 * Collects stripped, non-blank slices of one text and joins them once at the end, so that a long turn is copied a
 * single time however many pieces it is cut into.
 */
public final class Slices {
    public static final String SEPARATOR = "\n\n";

    private final String text;
    private int[] bounds = new int[4];
    private int count;

    public Slices(String text) {
        this.text = text;
    }

    /** Adds {@code text[from, to)} without its surrounding whitespace; a blank range adds nothing. */
    public void add(int from, int to) {
        add(from, to, false);
    }

    /** Adds {@code text[from, to)} without its surrounding whitespace, as an empty slice when it is blank. */
    public void addKeepingBlank(int from, int to) {
        add(from, to, true);
    }

    private void add(int from, int to, boolean keepBlank) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to && !keepBlank) {
            return;
        }
        if (2 * count + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * count] = from;
        bounds[2 * count + 1] = to;
        count++;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public int size() {
        return count;
    }

    /** Each slice as its own string, in order. */
    public java.util.List<String> each() {
        java.util.List<String> each = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            each.add(text.substring(bounds[2 * i], bounds[2 * i + 1]));
        }
        return java.util.List.copyOf(each);
    }

    /** The slices joined by a blank line, or null when there are none. */
    public String join() {
        if (count == 0) {
            return null;
        }
        if (count == 1) {
            return text.substring(bounds[0], bounds[1]);
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                joined.append(SEPARATOR);
            }
            joined.append(text, bounds[2 * i], bounds[2 * i + 1]);
        }
        return joined.toString();
    }
}
