package org.trajectorystudio.inference.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Removes an API key from text that came from a server (some echo the key they refused) before it becomes a message.
 * Not only the exact key: any run of at least {@value #MIN_PART} characters of it, in any letter case, and the same
 * for its base64 forms (a server echoing its Authorization or Basic header), so that a partial, uppercased or encoded
 * echo is masked too.
 */
record Redactor(List<String> forms) {
    static final Redactor NONE = new Redactor(List.of());
    /** Shorter runs are ordinary text; at 8 characters a random key's part is a leak worth hiding. */
    static final int MIN_PART = 8;
    static final String MASK = "***";

    Redactor(String secret) {
        this(forms(secret));
    }

    Redactor {
        forms = List.copyOf(forms);
    }

    private static List<String> forms(String secret) {
        if (secret == null || secret.isEmpty()) {
            return List.of();
        }
        List<String> forms = new ArrayList<>();
        forms.add(secret.toLowerCase(Locale.ROOT));
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        // base64 groups 3 bytes: encoding from offsets 0, 1 and 2 gives every aligned run of an echo that starts mid-key.
        for (int skip = 0; skip < Math.min(3, bytes.length); skip++) {
            byte[] tail = java.util.Arrays.copyOfRange(bytes, skip, bytes.length);
            forms.add(Base64.getEncoder().withoutPadding().encodeToString(tail).toLowerCase(Locale.ROOT));
            forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(tail).toLowerCase(Locale.ROOT));
        }
        return forms;
    }

    String redact(String text) {
        if (forms.isEmpty() || text == null) {
            return text;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] masked = new boolean[text.length()];
        boolean any = false;
        for (String form : forms) {
            int min = Math.min(MIN_PART, form.length());
            for (int i = 0; i + min <= lower.length(); i++) {
                int longest = longestRunAt(lower, i, form);
                if (longest >= min) {
                    java.util.Arrays.fill(masked, i, i + longest, true);
                    any = true;
                }
            }
        }
        if (!any) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!masked[i]) {
                out.append(text.charAt(i));
            } else if (i == 0 || !masked[i - 1]) {
                out.append(MASK);
            }
        }
        return out.toString();
    }

    /** The longest run of {@code text} from {@code at} that occurs anywhere in {@code form}. */
    private static int longestRunAt(String text, int at, String form) {
        int best = 0;
        for (int j = 0; j < form.length(); j++) {
            int k = 0;
            while (at + k < text.length() && j + k < form.length() && text.charAt(at + k) == form.charAt(j + k)) {
                k++;
            }
            best = Math.max(best, k);
        }
        return best;
    }

    @Override
    public String toString() {
        return "Redactor[" + (forms.isEmpty() ? "none" : MASK) + "]";
    }
}
