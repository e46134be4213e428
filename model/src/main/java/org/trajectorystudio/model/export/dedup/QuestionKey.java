package org.trajectorystudio.model.export.dedup;

import java.text.Normalizer;
import java.util.Locale;

/** The form in which two questions count as the same question: NFKC, lower case, whitespace collapsed. */
public final class QuestionKey {
    private QuestionKey() {}

    public static String of(String question) {
        String normalized = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return normalized.strip().replaceAll("\\s+", " ");
    }

    /** Only letters and digits, single spaces between: what near-duplicate shingles are cut from. */
    static String bare(String key) {
        StringBuilder out = new StringBuilder(key.length());
        boolean space = false;
        for (int i = 0; i < key.length(); ) {
            int cp = key.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(cp);
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
