package org.trajectorystudio.model.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one text normalization of comparisons: NFKC, lower case, and every run of characters that is not part of a word
 * (whitespace, punctuation, symbols) collapsed to one space. Words are runs of letters, digits and combining marks.
 */
final class TextNormalizer {
    private TextNormalizer() {}

    /** "What's the  Capital?!" becomes "what s the capital"; CJK runs stay unbroken ("北京是哪国的首都"). */
    static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); ) {
            int codePoint = folded.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isWordChar(codePoint)) {
                if (pendingSpace && !out.isEmpty()) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(codePoint);
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /**
     * The words of a normalized text. Han, Hiragana and Katakana characters are one token each, because those scripts
     * do not separate words by spaces and a whole sentence would otherwise be a single token.
     */
    static List<String> tokens(String normalized) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < normalized.length(); ) {
            int codePoint = normalized.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (codePoint == ' ' || isIdeographic(codePoint)) {
                if (start >= 0) {
                    tokens.add(normalized.substring(start, i));
                    start = -1;
                }
                if (codePoint != ' ') {
                    tokens.add(normalized.substring(i, next));
                }
            } else if (start < 0) {
                start = i;
            }
            i = next;
        }
        if (start >= 0) {
            tokens.add(normalized.substring(start));
        }
        return tokens;
    }

    private static boolean isWordChar(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isIdeographic(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
