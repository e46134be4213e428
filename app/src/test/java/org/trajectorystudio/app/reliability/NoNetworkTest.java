package org.trajectorystudio.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.app.testing.SharedData;
import org.trajectorystudio.inference.engine.TinyGguf;

/**
 * Issue 15, item 7: the studio promises no network but the model endpoint it is given. How this test sees a
 * connection: each command runs in a child JVM under {@code strace -f -e trace=connect}, which records every
 * {@code connect(2)} of the process and its threads, from Java (java.net, NIO, HttpClient) and from native code alike
 * (DJL's Rust tokenizers, llama.cpp), whether it succeeds or not. Every AF_INET/AF_INET6 connect must be to loopback
 * (the studio's own processes may talk there); AF_UNIX sockets are not network. Before DJL's tracking was turned off,
 * {@code export --tokenizer hf:} connected to 169.254.169.254 (DJL's {@code Ec2Utils.callHome}). Skipped, with that
 * reason, where strace is not installed.
 */
class NoNetworkTest {
    private static final Pattern INET = Pattern.compile("sa_family=AF_INET, .*?inet_addr\\(\"([^\"]+)\"\\)");
    private static final Pattern INET6 = Pattern.compile("sa_family=AF_INET6, .*?inet_pton\\(AF_INET6, \"([^\"]+)\"");

    @TempDir
    Path dir;

    @Test
    void importExportWithEveryTokenizerAndPreviewWithALocalGgufConnectNowhereButLoopback() throws Exception {
        assumeTrue(ChildStudio.available("strace", "-V"), "strace is not installed: connection attempts cannot be watched here");
        String library = dir.resolve("library").toString();
        Path gguf = TinyGguf.write(dir.resolve("tiny.gguf"));
        Path tiny = Files.writeString(dir.resolve("tiny.jsonl"), "{\"schema\":\"trajectory-studio/v1\",\"id\":\"t1\","
                + "\"kind\":\"trajectory\",\"question\":\"Capital?\",\"steps\":[{\"action\":{\"type\":\"answer\",\"text\":\"Bishkek\"}}],\"judgment\":\"correct\"}\n");
        String hf = "hf:" + SharedData.file("qwen3/tokenizer.json");
        List<List<String>> commands = new ArrayList<>(List.of(
                List.of("import", SharedData.file("webdancer_sample_traj.jsonl").toString(), tiny.toString()),
                List.of("export", "--out", dir.resolve("approx.jsonl").toString(), "--format", "chat", "--any-verdict"),
                List.of("export", "--out", dir.resolve("hf.jsonl").toString(), "--format", "cpt-text", "--any-verdict", "--tokenizer", hf),
                List.of("export", "--out", dir.resolve("gguf.jsonl").toString(), "--format", "chat", "--any-verdict", "--tokenizer", "gguf:" + gguf),
                List.of("preview", "t1", "--step", "1", "--gguf", gguf.toString(), "--max-tokens", "4", "--seed", "1")));
        for (List<String> command : commands) {
            Path trace = dir.resolve("connect-" + command.getFirst() + "-" + commands.indexOf(command) + ".strace");
            List<String> args = new ArrayList<>(List.of("--library", library));
            args.addAll(command);
            ChildStudio.Result result = ChildStudio.run(dir,
                    List.of("strace", "-f", "-qq", "-e", "trace=connect", "-o", trace.toString()), List.of(), args.toArray(String[]::new));
            assertThat(result.exit()).as(String.join(" ", command) + "\n" + result.err()).isZero();
            assertThat(nonLoopback(Files.readString(trace))).as(String.join(" ", command)).isEmpty();
        }
    }

    /** The connect calls of a strace log whose address is not loopback. */
    static List<String> nonLoopback(String strace) {
        List<String> found = new ArrayList<>();
        for (String line : strace.lines().toList()) {
            Matcher v4 = INET.matcher(line);
            Matcher v6 = INET6.matcher(line);
            if (v4.find() && !v4.group(1).startsWith("127.")) {
                found.add(line);
            } else if (v6.find() && !v6.group(1).equals("::1") && !v6.group(1).startsWith("::ffff:127.")) {
                found.add(line);
            }
        }
        return found;
    }

    @Test
    void theParserSeesARealStraceLineToTheMetadataAddress() {
        assertThat(nonLoopback("""
                123 connect(45<socket:[1]>, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("169.254.169.254")}, 16) = -1 EINPROGRESS
                124 connect(46<socket:[2]>, {sa_family=AF_INET, sin_port=htons(5000), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
                125 connect(47<socket:[3]>, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2600:1f18::1", &sin6_addr), sin6_scope_id=0}, 28) = -1
                126 connect(48<socket:[4]>, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT
                """)).hasSize(2);
    }
}
