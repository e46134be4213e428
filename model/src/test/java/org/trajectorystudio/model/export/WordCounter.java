package org.trajectorystudio.model.export;

import org.trajectorystudio.model.tokens.TokenCounter;

/** An exact, trivially predictable tokenizer for tests: one token per run of non-whitespace characters. */
public final class WordCounter implements TokenCounter {
    public static final WordCounter INSTANCE = new WordCounter();

    @Override
    public String name() {
        return "test:words";
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public int count(String text) {
        if (text == null) {
            return 0;
        }
        int tokens = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                tokens++;
            }
            inWord = !space;
        }
        return tokens;
    }
}
