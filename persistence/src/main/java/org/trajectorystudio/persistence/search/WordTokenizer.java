package org.trajectorystudio.persistence.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Splits a field into {@link Terms} words for Lucene: the text is read whole (a sample's searchable text, not its tool
 * responses), then scanned by the one rule queries use, so index and query always agree.
 */
final class WordTokenizer extends Tokenizer {
    static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new WordTokenizer());
        }
    };

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder text = new StringBuilder();
    private final char[] read = new char[8192];
    private int[] starts = new int[256];
    private int[] lengths = new int[256];
    private char[] words = new char[4096];
    private int count;
    private int next;

    @Override
    public boolean incrementToken() {
        if (next >= count) {
            return false;
        }
        clearAttributes();
        term.copyBuffer(words, starts[next], lengths[next]);
        next++;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        for (int n; (n = input.read(read)) > 0; ) {
            text.append(read, 0, n);
        }
        count = 0;
        next = 0;
        int[] used = {0};
        Terms.scan(text, (buffer, length, start, end) -> {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                lengths = java.util.Arrays.copyOf(lengths, count * 2);
            }
            if (used[0] + length > words.length) {
                words = java.util.Arrays.copyOf(words, Math.max(words.length * 2, used[0] + length));
            }
            System.arraycopy(buffer, 0, words, used[0], length);
            starts[count] = used[0];
            lengths[count] = length;
            used[0] += length;
            count++;
        });
        if (text.length() > 1 << 20) {
            text.setLength(0);
            text.trimToSize();
        }
    }
}
