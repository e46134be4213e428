package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.app.testing.SharedData;
import tools.jackson.databind.JsonNode;

/** {@code log export}, {@code log import} and {@code agreement} end to end on real H2 libraries holding WebDancer. */
class CuratorLogCommandTest {
    @TempDir
    Path dir;

    private static InspectCommandTest.Run studio(Path library, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = library.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return InspectCommandTest.studio(all);
    }

    private Path library(String name) {
        Path library = dir.resolve(name);
        InspectCommandTest.Run run = studio(library, "import", SharedData.file("webdancer_sample_traj.jsonl").toString(), "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        return library;
    }

    private static List<String> firstIds(Path library, int count) {
        JsonNode samples = studio(library, "query", "--limit", String.valueOf(count), "--json").json().get("samples");
        List<String> ids = new ArrayList<>();
        samples.forEach(sample -> ids.add(sample.get("id").stringValue()));
        return ids;
    }

    private static void curate(Path library, String who, List<String> ids, int[] ratings, String[] verdicts) {
        for (int i = 0; i < ids.size(); i++) {
            assertThat(studio(library, "rate", ids.get(i), String.valueOf(ratings[i]), "--annotator", who).exit()).isZero();
            assertThat(studio(library, "verdict", ids.get(i), verdicts[i], "--annotator", who).exit()).isZero();
        }
    }

    @Test
    void twoLaptopsLogsMergeOnceAndTheAgreementIsComputed() {
        Path laptopA = library("a");
        Path laptopB = library("b");
        List<String> ids = firstIds(laptopA, 3);
        assertThat(firstIds(laptopB, 3)).isEqualTo(ids); // content-hash ids: the same on every laptop
        curate(laptopA, "alice", ids, new int[] {5, 1, 4}, new String[] {"accepted", "rejected", "accepted"});
        curate(laptopB, "bob", ids, new int[] {4, 1, 2}, new String[] {"accepted", "rejected", "rejected"});
        studio(laptopA, "note", ids.get(0), "by someone else", "--annotator", "carol");

        Path aliceLog = dir.resolve("alice.jsonl");
        InspectCommandTest.Run export = studio(laptopA, "log", "export", "--out", aliceLog.toString(), "--annotator", "alice", "--json");
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.json().get("events").intValue()).isEqualTo(6);
        Path bobLog = dir.resolve("bob.jsonl");
        InspectCommandTest.Run text = studio(laptopB, "log", "export", "--out", bobLog.toString());
        assertThat(text.out()).contains("6 events written to " + bobLog);

        Path merged = library("merged");
        for (Path log : List.of(aliceLog, bobLog)) {
            InspectCommandTest.Run run = studio(merged, "log", "import", log.toString(), "--json");
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.json().get("imported").intValue()).isEqualTo(6);
        }
        InspectCommandTest.Run again = studio(merged, "log", "import", bobLog.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("0 events imported").contains("6 already known");

        JsonNode agreement = studio(merged, "agreement", "--json").json();
        assertThat(agreement.get("annotators").toString()).isEqualTo("[\"alice\",\"bob\"]");
        assertThat(agreement.get("items").intValue()).isEqualTo(3);
        // Verdicts A R A / A R R: p_o = 2/3, p_e = (2·1 + 1·2)/9 = 4/9, κ = (2/9)/(5/9) = 0.4.
        assertThat(agreement.get("kappa").get("mean").doubleValue()).isCloseTo(0.4, within(1e-9));
        // Ratings (5,4) (1,1) (4,2); n_1 = 2, n_2 = 1, n_4 = 2, n_5 = 1, n = 6. Ordinal δ45 = δ24 = 1.5, so
        // Σ o·δ² = 4 · 2.25 = 9; Σ n_c n_k δ² = 2·(2·2.25 + 4·9 + 2·20.25 + 2·2.25 + 1·9 + 2·2.25) = 198;
        // α = 1 − 5 · 9 / 198 = 153/198.
        assertThat(agreement.get("alpha").get("value").doubleValue()).isCloseTo(153.0 / 198, within(1e-9));
        assertThat(agreement.get("alpha").get("metric").stringValue()).isEqualTo("ordinal");
        assertThat(agreement.get("disagreements")).singleElement().satisfies(row -> {
            assertThat(row.get("id").stringValue()).isEqualTo(ids.get(2));
            assertThat(row.get("ratings").toString()).isEqualTo("{\"alice\":4,\"bob\":2}");
            assertThat(row.get("verdicts").toString()).isEqualTo("{\"alice\":\"accepted\",\"bob\":\"rejected\"}");
        });
        InspectCommandTest.Run report = studio(merged, "agreement");
        assertThat(report.out()).contains("annotators  2  (alice, bob)").contains("kappa       0.400").contains("disagreements  1");
        // stats keeps working beside it
        assertThat(studio(merged, "stats", "--json").json().get("rated").intValue()).isEqualTo(3);
    }

    @Test
    void badLinesAndUnknownSamplesAreOneLineEachAndExitOne() throws Exception {
        Path laptop = library("a");
        String id = firstIds(laptop, 1).getFirst();
        studio(laptop, "rate", id, "3", "--annotator", "alice");
        Path log = dir.resolve("log.jsonl");
        studio(laptop, "log", "export", "--out", log.toString());
        String good = Files.readString(log).strip();
        Files.writeString(log, good + "\n{\"uid\":\"x\"}\n" + good.replace(id, "no-such-sample").replaceAll("\"uid\":\"[^\"]+\"", "\"uid\":\"other\"") + "\n");

        Path other = library("b");
        InspectCommandTest.Run run = studio(other, "log", "import", log.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.SOME_REJECTED);
        assertThat(run.out()).contains("1 event imported (0 older");
        assertThat(run.err().lines().toList()).containsExactly(
                log + ":3: no sample with id no-such-sample in this library (event other)",
                log + ":2: 'sampleId' is missing or not a non-empty string");
    }

    @Test
    void aMissingFileOrMissingOutIsExitTwo() {
        Path laptop = dir.resolve("empty");
        InspectCommandTest.Run missing = studio(laptop, "log", "import", dir.resolve("absent.jsonl").toString());
        assertThat(missing.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err().strip()).endsWith("absent.jsonl: no such file").doesNotContain("\n");
        InspectCommandTest.Run noOut = studio(laptop, "log", "export");
        assertThat(noOut.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noOut.err()).contains("--out");
    }
}
