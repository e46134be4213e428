package org.trajectorystudio.inference.template;

import java.beans.FeatureDescriptor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.ELResolver;

/**
 * The Python {@code str} methods that HuggingFace chat templates call ({@code content.startswith('<tool_response>')},
 * {@code content.split('</think>')[-1].lstrip('\n')} …), which Jinjava does not have: Java's {@code split} takes a
 * regex and drops trailing empty parts, and {@code lstrip} does not exist. Put in front of Jinjava's own resolver; it
 * answers only method calls on strings with these names and leaves everything else alone.
 */
final class PythonStringMethods extends ELResolver {

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (!(base instanceof CharSequence sequence) || method == null) {
            return null;
        }
        String text = sequence.toString();
        Object[] args = params == null ? new Object[0] : params;
        Object result = switch (method.toString()) {
            case "startswith" -> startsOrEnds(text, args, true);
            case "endswith" -> startsOrEnds(text, args, false);
            case "strip" -> strip(text, chars(args), true, true);
            case "lstrip" -> strip(text, chars(args), true, false);
            case "rstrip" -> strip(text, chars(args), false, true);
            case "split" -> split(text, args);
            case "upper" -> text.toUpperCase(java.util.Locale.ROOT);
            case "lower" -> text.toLowerCase(java.util.Locale.ROOT);
            case "title" -> title(text);
            case "find" -> (long) text.indexOf(String.valueOf(args[0]));
            case "count" -> (long) count(text, String.valueOf(args[0]));
            case "replace" -> args.length >= 2 ? text.replace(String.valueOf(args[0]), String.valueOf(args[1])) : null;
            case "join" -> args.length == 1 && args[0] instanceof Iterable<?> items ? join(text, items) : null;
            default -> null;
        };
        if (result != null) {
            context.setPropertyResolved(true);
        }
        return result;
    }

    private static Boolean startsOrEnds(String text, Object[] args, boolean start) {
        if (args.length != 1) {
            return null;
        }
        if (args[0] instanceof Iterable<?> options) { // Python accepts a tuple of prefixes
            for (Object option : options) {
                if (start ? text.startsWith(String.valueOf(option)) : text.endsWith(String.valueOf(option))) {
                    return true;
                }
            }
            return false;
        }
        return start ? text.startsWith(String.valueOf(args[0])) : text.endsWith(String.valueOf(args[0]));
    }

    /** The characters to strip; null means whitespace, as in Python. */
    private static String chars(Object[] args) {
        return args.length == 0 || args[0] == null ? null : String.valueOf(args[0]);
    }

    private static boolean strippable(char c, String chars) {
        return chars == null ? Character.isWhitespace(c) : chars.indexOf(c) >= 0;
    }

    static String strip(String text, String chars, boolean left, boolean right) {
        int start = 0;
        int end = text.length();
        while (left && start < end && strippable(text.charAt(start), chars)) {
            start++;
        }
        while (right && end > start && strippable(text.charAt(end - 1), chars)) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Python's split: a literal separator, empty parts kept; without one, runs of whitespace, empty parts dropped. */
    static List<String> split(String text, Object[] args) {
        List<String> parts = new ArrayList<>();
        String separator = args.length == 0 || args[0] == null ? null : String.valueOf(args[0]);
        long maxSplit = args.length >= 2 && args[1] instanceof Number number ? number.longValue() : -1;
        if (separator == null) {
            for (String part : text.strip().split("\\s+", maxSplit < 0 ? 0 : (int) maxSplit + 1)) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            return parts;
        }
        if (separator.isEmpty()) {
            throw new IllegalArgumentException("empty separator");
        }
        int from = 0;
        for (int at; (maxSplit < 0 || parts.size() < maxSplit) && (at = text.indexOf(separator, from)) >= 0; ) {
            parts.add(text.substring(from, at));
            from = at + separator.length();
        }
        parts.add(text.substring(from));
        return parts;
    }

    private static String title(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean previousLetter = false;
        for (char c : text.toCharArray()) {
            out.append(previousLetter ? Character.toLowerCase(c) : Character.toUpperCase(c));
            previousLetter = Character.isLetter(c);
        }
        return out.toString();
    }

    private static int count(String text, String part) {
        if (part.isEmpty()) {
            return text.length() + 1;
        }
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static String join(String separator, Iterable<?> items) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (Object item : items) {
            out.append(first ? "" : separator).append(item);
            first = false;
        }
        return out.toString();
    }

    // Property access is left to Jinjava's own resolver.

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {}

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
