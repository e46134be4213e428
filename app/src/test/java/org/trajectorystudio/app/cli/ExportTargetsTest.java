package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.app.testing.SharedData;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.persistence.store.BodyFile;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, item 1: an export never overwrites what it reads. An output that is an imported source (its path, a
 * link to it, or a copy with its bytes) or lies inside the library folder is refused in one line before anything is
 * written; with {@code --parquet} every file the manifest lists exists with the listed hash. On the real WebDancer file.
 */
class ExportTargetsTest {
    @TempDir
    Path dir;

    private Path library;
    private Path source;
    private String sourceHash;

    @BeforeEach
    void importTheRealFile() throws Exception {
        library = dir.resolve("library");
        source = Files.copy(SharedData.file("webdancer_sample_traj.jsonl"), dir.resolve("src.jsonl"));
        sourceHash = sha256(source);
        assertThat(studio("import", source.toString()).exit()).isEqualTo(ExitCode.OK);
    }

    private InspectCommandTest.Run studio(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = library.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return InspectCommandTest.studio(all);
    }

    private InspectCommandTest.Run export(Path out, String... more) {
        String[] base = {"export", "--out", out.toString(), "--format", "chat", "--any-verdict"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return studio(all);
    }

    @Test
    void anImportedSourceIsRefusedByPathLinkOrContent() throws Exception {
        Path copy = Files.copy(source, dir.resolve("moved.jsonl"));
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), source);
        for (Path out : new Path[] {source, dir.resolve("sub/../src.jsonl"), link, copy}) {
            InspectCommandTest.Run run = export(out);
            assertThat(run.exit()).as(out.toString()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err().lines().toList()).as(out.toString()).singleElement().asString()
                    .contains("is a file the library imported").contains(source.toString());
        }
        assertThat(sha256(source)).isEqualTo(sourceHash);
        assertThat(sha256(copy)).isEqualTo(sourceHash);
    }

    @Test
    void aPathInsideTheLibraryIsRefusedAndTheLibraryStaysWhole() throws Exception {
        for (Path out : new Path[] {library.resolve(BodyFile.NAME), library.resolve("new.jsonl"), library.resolve("sub/set.jsonl")}) {
            InspectCommandTest.Run run = export(out);
            assertThat(run.exit()).as(out.toString()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err().lines().toList()).singleElement().asString().contains("inside the library folder");
        }
        assertThat(library.resolve("new.jsonl")).doesNotExist();
        InspectCommandTest.Run fine = export(dir.resolve("set.jsonl"), "--json");
        assertThat(fine.exit()).as(fine.err()).isEqualTo(ExitCode.OK);
        assertThat(fine.json().get("exported").intValue()).isEqualTo(200);
    }

    /** {@code --out set.parquet --parquet} used to replace the JSONL by its Parquet version under the manifest's hash. */
    @Test
    void everyFileTheManifestListsExistsWithItsHash() throws Exception {
        for (String name : new String[] {"set.parquet", "set.jsonl"}) {
            Path out = dir.resolve(name.replace('.', '-')).resolve(name);
            InspectCommandTest.Run run = export(out, "--parquet", "--validation", "0.25", "--json");
            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
            JsonNode manifest = Json.MAPPER.readTree(Files.readString(Path.of(run.json().get("manifest").stringValue())));
            // The two JSONL splits and the Parquet file made from each: the manifest, written last, lists all four.
            assertThat(manifest.get("outputs")).hasSize(4);
            List<String> heads = new java.util.ArrayList<>();
            for (JsonNode output : manifest.get("outputs")) {
                Path file = out.resolveSibling(Path.of(output.get("file").stringValue()).getFileName().toString());
                assertThat(sha256(file)).as(file.toString()).isEqualTo(output.get("sha256").stringValue());
                heads.add(new String(Files.readAllBytes(file), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            // In order: the JSONL splits (records), then the Parquet made from each.
            assertThat(heads.subList(0, 2)).allSatisfy(head -> assertThat(head).startsWith("{"));
            assertThat(heads.subList(2, 4)).containsOnly("PAR1");
            for (JsonNode parquet : run.json().get("parquet")) {
                assertThat(new String(Files.readAllBytes(Path.of(parquet.stringValue())), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                        .isEqualTo("PAR1");
            }
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
