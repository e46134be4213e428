package org.trajectorystudio.persistence.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.model.sample.Sample;
import org.trajectorystudio.model.sample.SampleIds;
import org.trajectorystudio.persistence.TestFiles;
import org.trajectorystudio.persistence.library.Library;

/**
 * A file whose samples are already in the library (the same trajectories in a second form, as the ADP exports ship
 * them) lists them under its own dataset too: before, its dataset showed 0 samples and an empty table.
 */
class DatasetMembersTest {
    @TempDir
    Path dir;

    @Test
    void aDatasetListsTheSamplesOfItsFileThatAnEarlierDatasetBroughtIn() throws Exception {
        List<Sample> samples = TestFiles.synthetic(5, 31);
        List<String> ids = samples.stream().map(SampleIds::contentId).toList();
        try (Library library = Library.open(dir.resolve("lib"))) {
            long first = library.importFile(TestFiles.write(dir.resolve("first.jsonl"), samples.subList(0, 3))).datasetId();
            // only samples the first file brought, one of them twice in the file
            long second = library.importFile(TestFiles.write(dir.resolve("second.jsonl"),
                    List.of(samples.get(2), samples.get(1), samples.get(2)))).datasetId();
            // one sample of the first file and two new ones
            long third = library.importFile(TestFiles.write(dir.resolve("third.jsonl"),
                    List.of(samples.get(3), samples.get(0), samples.get(4)))).datasetId();

            assertThat(idsOf(library, second)).containsExactly(ids.get(1), ids.get(2));
            assertThat(library.samples().count(dataset(second))).isEqualTo(2);
            assertThat(idsOf(library, third)).containsExactlyInAnyOrder(ids.get(3), ids.get(0), ids.get(4));
            assertThat(library.samples().count(dataset(third))).isEqualTo(3);
            assertThat(idsOf(library, first)).containsExactly(ids.get(0), ids.get(1), ids.get(2));
            assertThat(library.samples().count(SampleQuery.all())).isEqualTo(5);

            // one row a page: the keyset cursor follows the members' order too
            assertThat(pagedIds(library, dataset(second))).containsExactly(ids.get(1), ids.get(2));
            assertThat(pagedIds(library, dataset(third))).containsExactlyInAnyOrderElementsOf(idsOf(library, third));

            LibraryStats stats = library.stats().stats();
            assertThat(stats.samples()).isEqualTo(5);
            assertThat(stats.byDataset()).containsEntry(first, 3L).containsEntry(second, 2L).containsEntry(third, 3L);
            assertThat(stats.sharedByDataset()).containsOnlyKeys(second, third)
                    .containsEntry(second, 2L).containsEntry(third, 1L);

            // importing the first file again finds its own samples: no member rows for them
            library.importFile(dir.resolve("first.jsonl"));
            assertThat(library.stats().stats().sharedByDataset()).containsOnlyKeys(second, third);
            assertThat(idsOf(library, first)).containsExactly(ids.get(0), ids.get(1), ids.get(2));
        }
    }

    private static SampleQuery dataset(long id) {
        return SampleQuery.builder().dataset(id).build();
    }

    private static List<String> idsOf(Library library, long dataset) {
        return library.samples().page(dataset(dataset), 100).rows().stream().map(SampleSummary::id).toList();
    }

    private static List<String> pagedIds(Library library, SampleQuery query) {
        List<String> ids = new ArrayList<>();
        SamplePage page = library.samples().page(query, 1);
        while (true) {
            page.rows().forEach(row -> ids.add(row.id()));
            if (page.next().isEmpty()) {
                return ids;
            }
            page = library.samples().page(query, page.next().get(), 1);
        }
    }
}
