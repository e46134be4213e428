package org.trajectorystudio.model.text;

import java.util.Locale;

/** "1 pair", "2 pairs", "1,204 warnings": a count with its noun in the right number, for status lines and reports. */
public final class Plural {
    private Plural() {}

    /** @param singular the noun for one; the plural adds "s" (or "ies" after a consonant + y) */
    public static String of(long count, String singular) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? singular : plural(singular));
    }

    /** With an irregular plural: {@code of(2, "other trajectory", "other trajectories")}. */
    public static String of(long count, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? singular : plural);
    }

    private static String plural(String singular) {
        if (singular.endsWith("y") && singular.length() > 1 && "aeiou".indexOf(singular.charAt(singular.length() - 2)) < 0) {
            return singular.substring(0, singular.length() - 1) + "ies";
        }
        return singular + "s";
    }
}
