package org.trajectorystudio.app.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * Text from data (tool names, questions, reasons) printed to a terminal with its control characters made visible:
 * an ESC, BEL or CSI in a sample would otherwise be executed by the terminal (a title change, a cleared screen).
 * C0 controls but tab and newline, DEL and the C1 range print as {@code \x1b}. The command line's writers pass
 * everything through {@link #printer}; {@code --json} output goes around it ({@link #raw}) and stays exact JSON: its
 * control characters are JSON escapes ({@link #JSON_ESCAPES}), which parse back to the same strings.
 */
public final class TerminalText {
    private TerminalText() {}

    /** True for what a terminal may act on; tab and newline are layout, and {@code \r} too where asked (progress lines). */
    static boolean isControl(int c, boolean keepCarriageReturn) {
        if (c == '\n' || c == '\t' || (keepCarriageReturn && c == '\r')) {
            return false;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    /** The text with each control character written as {@code \xNN}. */
    public static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c, false)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(escape(c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(int c) {
        return String.format("\\x%02x", c);
    }

    /** A writer that makes control characters visible in everything printed through it. */
    public static PrintWriter printer(PrintWriter target, boolean keepCarriageReturn) {
        return new Printer(target, keepCarriageReturn);
    }

    /** The writer under a {@link #printer}, for output that is exact already (JSON with escaped controls). */
    public static PrintWriter raw(PrintWriter writer) {
        return writer instanceof Printer printer ? printer.target : writer;
    }

    /** JSON escapes for DEL and C1 as well (Jackson escapes C0 already): the JSON is the same, the terminal safe. */
    public static final CharacterEscapes JSON_ESCAPES = new CharacterEscapes() {
        private final int[] ascii = standardAsciiEscapesForJSON();

        {
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch >= 0x80 && ch <= 0x9f ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    };

    private static final class Printer extends PrintWriter {
        private final PrintWriter target;

        Printer(PrintWriter target, boolean keepCarriageReturn) {
            super(new Visible(target, keepCarriageReturn), true);
            this.target = target;
        }
    }

    private static final class Visible extends FilterWriter {
        private final boolean keepCarriageReturn;

        Visible(Writer out, boolean keepCarriageReturn) {
            super(out);
            this.keepCarriageReturn = keepCarriageReturn;
        }

        @Override
        public void write(int c) throws IOException {
            if (isControl(c, keepCarriageReturn)) {
                out.write(escape(c));
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            int start = offset;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                if (isControl(buffer[i], keepCarriageReturn)) {
                    out.write(buffer, start, i - start);
                    out.write(escape(buffer[i]));
                    start = i + 1;
                }
            }
            out.write(buffer, start, end - start);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            write(text.toCharArray(), offset, length);
        }
    }
}
