package org.trajectorystudio.inference.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HfTokenizerCounterTest {
    static final TinyBpe VOCAB = new TinyBpe();
    static Path tokenizerJson;

    @BeforeAll
    static void writeTokenizer(@TempDir Path folder) throws IOException {
        tokenizerJson = VOCAB.writeTokenizerJson(folder.resolve("tokenizer.json"));
    }

    /** Hand-worked counts for the tiny vocabulary (see {@link TinyBpe}). */
    static final List<Case> CASES = List.of(
            new Case("the search", 2),                     // the | Ġsearch
            new Case("the the the", 3),
            new Case("xyz", 3),                            // no merges: one byte symbol each
            new Case("Hello", 5),
            new Case("Derby answer tool", 3),
            new Case("user", 3),                           // u | se | r: "s e" is the first merge of "search"
            new Case("1964!", 5),                          // digits one by one, then "!" in its own pre-token
            new Case("<|im_start|>user\nthe search<|im_end|>\n", 9), // special | u se r | Ċ | the | Ġsearch | special | Ċ
            new Case("é", 2),                              // two UTF-8 bytes, two byte symbols
            new Case("", 0));

    record Case(String text, int tokens) {}

    @Test
    void countsAreExact() {
        try (HfTokenizerCounter counter = HfTokenizerCounter.open(tokenizerJson)) {
            for (Case c : CASES) {
                assertThat(counter.count(c.text())).as("'%s'", c.text()).isEqualTo(c.tokens());
            }
            assertThat(counter.exact()).isTrue();
            assertThat(counter.encode("the search")).containsExactly(VOCAB.id("the"), VOCAB.id(TinyBpe.SPACE + "search"));
        }
    }

    @Test
    void batchCountsEqualSingleCounts() {
        try (HfTokenizerCounter counter = HfTokenizerCounter.open(tokenizerJson)) {
            int[] batch = counter.countAll(CASES.stream().map(Case::text).toList());
            assertThat(batch).containsExactly(CASES.stream().mapToInt(Case::tokens).toArray());
            assertThat(counter.countAll(List.of())).isEmpty();
        }
    }

    @Test
    void specialTokensOfThePostProcessorAreAddedOnlyWhenAsked() {
        try (HfTokenizerCounter with = HfTokenizerCounter.open(tokenizerJson, true)) {
            assertThat(with.count("the search")).isEqualTo(3);
            assertThat(with.countAll(List.of("the search"))).containsExactly(3);
            assertThat(with.name()).endsWith("+special");
        }
    }

    @Test
    void longTextsAreNeverTruncated() {
        try (HfTokenizerCounter counter = HfTokenizerCounter.open(tokenizerJson)) {
            String text = "the search ".repeat(5_000);
            assertThat(counter.count(text)).isEqualTo(10_000 + 1); // the trailing space is its own pre-token
        }
    }

    @Test
    void aModelFolderMeansItsTokenizerJsonAndTheNameIdentifiesTheContent() {
        try (HfTokenizerCounter fromFolder = HfTokenizerCounter.open(tokenizerJson.getParent());
             HfTokenizerCounter fromFile = HfTokenizerCounter.open(tokenizerJson)) {
            assertThat(fromFolder.count("the search")).isEqualTo(2);
            assertThat(fromFolder.name()).isEqualTo(fromFile.name()).matches("hf:tokenizer\\.json sha256:[0-9a-f]{12}");
        }
    }
}
