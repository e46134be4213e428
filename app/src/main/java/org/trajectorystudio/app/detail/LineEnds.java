package org.trajectorystudio.app.detail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text as the detail area holds it: RichTextFX keeps no carriage return, so a CR LF becomes LF (and a lone CR a
 * LF), and the highlighter's spans, placed by the text as read, move back by the CRs before them. SWE-Gym and
 * SWE-smith issue texts have Windows line ends; without this every style slid a character a line.
 */
record LineEnds(String text, List<StyleSpan> spans) {

    static LineEnds of(String text, List<StyleSpan> spans) {
        if (text.indexOf('\r') < 0) {
            return new LineEnds(text, spans);
        }
        StringBuilder shown = new StringBuilder(text.length());
        // dropped[k]: the k-th dropped CR's index in the text read; the spans' ends move back by those before them.
        int[] dropped = new int[16];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\r') {
                shown.append(c);
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                if (count == dropped.length) {
                    dropped = Arrays.copyOf(dropped, count * 2);
                }
                dropped[count++] = i;
            } else {
                shown.append('\n');
            }
        }
        List<StyleSpan> moved = new ArrayList<>(spans.size());
        for (StyleSpan span : spans) {
            moved.add(new StyleSpan(span.start() - before(dropped, count, span.start()),
                    span.end() - before(dropped, count, span.end()), span.styleClass()));
        }
        return new LineEnds(shown.toString(), moved);
    }

    /** How many dropped CRs lie before this index of the text read. */
    private static int before(int[] dropped, int count, int index) {
        int at = Arrays.binarySearch(dropped, 0, count, index);
        return at >= 0 ? at : -at - 1;
    }
}
