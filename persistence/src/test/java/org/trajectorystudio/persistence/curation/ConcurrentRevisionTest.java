package org.trajectorystudio.persistence.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleIds;
import org.trajectorystudio.persistence.TestFiles;
import org.trajectorystudio.persistence.library.Library;

/** Revisions of one sample from several threads at once, on a real H2 file: each gets its own number, none is lost. */
class ConcurrentRevisionTest {
    private static final int THREADS = 8;
    private static final int EACH = 10;

    @TempDir
    Path dir;
    Library library;
    Sample original;
    String id;

    @BeforeEach
    void open() throws Exception {
        original = TestFiles.decision("Where is the Louvre?");
        id = SampleIds.contentId(original);
        library = Library.open(dir.resolve("lib"));
        library.importFile(TestFiles.write(dir.resolve("a.jsonl"), List.of(original)));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void concurrentRevisionsOfOneSampleAreNumberedOneAfterAnother() throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> numbers = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    for (int i = 0; i < EACH; i++) {
                        Sample edited = new Sample(id, original.kind(), "Where is the Louvre? (" + thread + "." + i + ")",
                                original.answer(), original.system(), original.tools(), original.knowledge(),
                                original.steps(), original.judgment(), original.metadata());
                        CurationEvent event = library.curation().as("thread" + thread).revise(id, edited);
                        numbers.add(org.trajectorystudio.model.json.Json.MAPPER.readTree(event.payload()).get("revision").asInt());
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
        assertThat(numbers).hasSize(THREADS * EACH).doesNotHaveDuplicates();
        assertThat(library.curation().revisions(id)).hasSize(THREADS * EACH + 1);
        assertThat(library.samples().summary(id).orElseThrow().revision()).isEqualTo(THREADS * EACH);
    }
}
