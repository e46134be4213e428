package org.trajectorystudio.inference.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trajectorystudio.inference.export.TestSamples;
import org.trajectorystudio.inference.tokenize.TinyBpe;
import org.trajectorystudio.inference.tokenize.TinyGgufWriter;
import org.trajectorystudio.model.export.template.ChatMlTemplate;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.render.ChatMessage;
import org.trajectorystudio.model.render.Conversation;
import org.trajectorystudio.model.sample.Sample;
import tools.jackson.databind.node.ObjectNode;

class JinjaChatTemplateTest {
    @TempDir
    Path folder;

    /** Qwen3's chat template as its tokenizer_config.json ships it (namespace, [::-1], str methods, raise_exception). */
    static String qwen3() throws IOException {
        try (var in = JinjaChatTemplateTest.class.getResourceAsStream("/templates/qwen3.jinja")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static ChatMessage message(String role, String content) {
        return new ChatMessage(role, content, role.equals("assistant"), -1);
    }

    @Test
    void qwen3TemplateRendersATrajectoryExactlyLikeTheBuiltInTemplate() throws IOException {
        JinjaChatTemplate jinja = JinjaChatTemplate.of(qwen3(), null, "<|im_end|>", "qwen3.jinja");
        Sample sample = TestSamples.trajectory("t", 3);
        List<ChatMessage> messages = Conversation.of(sample);
        String expected = ChatMlTemplate.INSTANCE.render(messages, sample.tools());
        assertThat(jinja.render(messages, sample.tools())).isEqualTo(expected);
        assertThat(jinja.render(messages, List.of())).isEqualTo(ChatMlTemplate.INSTANCE.render(messages, List.of()));
        assertThat(jinja.render(messages, sample.tools(), true)).isEqualTo(expected + "<|im_start|>assistant\n");
    }

    @Test
    void qwen3KeepsItsOwnRulesWhereTheyDiffer() throws IOException {
        JinjaChatTemplate jinja = JinjaChatTemplate.of(qwen3(), null, null, "qwen3.jinja");
        // Qwen3 drops the reasoning of turns before the last user query and gives a last turn an empty think block.
        String text = jinja.render(List.of(message("user", "first"), message("assistant", "<think>\nold\n</think>\n\nA1"),
                message("user", "second"), message("assistant", "A2")), List.of());
        assertThat(text).isEqualTo("<|im_start|>user\nfirst<|im_end|>\n<|im_start|>assistant\nA1<|im_end|>\n"
                + "<|im_start|>user\nsecond<|im_end|>\n<|im_start|>assistant\n<think>\n\n</think>\n\nA2<|im_end|>\n");
    }

    @Test
    void raiseExceptionBecomesAOneLineError() throws IOException {
        JinjaChatTemplate jinja = JinjaChatTemplate.of(qwen3(), null, null, "qwen3.jinja");
        assertThatThrownBy(() -> jinja.render(List.of(message("assistant", "hi")), List.of()))
                .isInstanceOf(ChatTemplateException.class)
                .hasMessageMatching("jinja:qwen3\\.jinja sha256:[0-9a-f]{12} failed at line \\d+: raise_exception: No user query found in messages\\.");
    }

    @Test
    void tokenizerConfigGivesTemplateAndSpecialTokens() throws IOException {
        ObjectNode config = Json.object();
        config.put("chat_template", "{{ bos_token }}{% for m in messages %}[{{ m.role }}]{{ m.content }}{{ eos_token }}{% endfor %}");
        config.put("bos_token", "<s>");
        config.putObject("eos_token").put("content", "</s>").put("special", true);
        Path file = Files.writeString(folder.resolve("tokenizer_config.json"), Json.write(config));
        JinjaChatTemplate template = JinjaChatTemplate.fromTokenizerConfig(file);
        assertThat(template.render(List.of(message("user", "q"), message("assistant", "a")), List.of())).isEqualTo("<s>[user]q</s>[assistant]a</s>");
        assertThat(template.identity()).matches("jinja:tokenizer_config\\.json sha256:[0-9a-f]{12}");
        assertThat(TemplateSpec.open("hf:" + folder).render(List.of(message("user", "q")), List.of())).isEqualTo("<s>[user]q</s>");
    }

    @Test
    void namedTemplatesPickToolUseWhenThereAreTools() throws IOException {
        Path file = Files.writeString(folder.resolve("tokenizer_config.json"),
                "{\"chat_template\":[{\"name\":\"default\",\"template\":\"plain\"},{\"name\":\"tool_use\",\"template\":\"tools:{{ tools|length }}\"}]}");
        JinjaChatTemplate template = JinjaChatTemplate.fromTokenizerConfig(file);
        assertThat(template.render(List.of(message("user", "q")), List.of())).isEqualTo("plain");
        assertThat(template.render(List.of(message("user", "q")), TestSamples.tools())).isEqualTo("tools:1");
    }

    @Test
    void ggufEmbeddedTemplate() throws IOException {
        Path gguf = TinyGgufWriter.write(folder.resolve("m.gguf"), new TinyBpe(), "{{ bos_token }}{{ messages[0].content }}{{ eos_token }}");
        JinjaChatTemplate template = JinjaChatTemplate.fromGguf(gguf);
        assertThat(template.render(List.of(message("user", "q")), List.of())).isEqualTo("<|endoftext|>q<|im_end|>");
        assertThat(TemplateSpec.open("gguf:" + gguf).identity()).startsWith("jinja:m.gguf sha256:");
        Path without = TinyGgufWriter.write(folder.resolve("none.gguf"), new TinyBpe(), null);
        assertThatThrownBy(() -> JinjaChatTemplate.fromGguf(without)).hasMessage("gguf:" + without + " has no tokenizer.chat_template");
    }

    @Test
    void messageTextIsNeverInterpretedAsTemplate() {
        JinjaChatTemplate template = JinjaChatTemplate.of("{% for m in messages %}{{ m.content }}{% endfor %}", null, null, "t");
        assertThat(template.render(List.of(message("user", "{{ 7 * 6 }} {% if true %}x{% endif %}")), List.of()))
                .isEqualTo("{{ 7 * 6 }} {% if true %}x{% endif %}");
    }

    @Test
    void toJsonWritesLikePythonWithOrWithoutIndent() {
        JinjaChatTemplate template = JinjaChatTemplate.of("{{ tools[0] | tojson }}|{{ tools[0].function.parameters | tojson(indent=2) }}", null, null, "t");
        assertThat(template.render(List.of(message("user", "q")), TestSamples.tools())).isEqualTo(
                "{\"type\": \"function\", \"function\": {\"name\": \"search\", \"description\": \"Web search for the query.\", "
                        + "\"parameters\": {\"type\": \"object\", \"properties\": {\"query\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}}}, \"required\": [\"query\"]}}}|"
                        + "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"query\": {\n      \"type\": \"array\",\n      \"items\": {\n"
                        + "        \"type\": \"string\"\n      }\n    }\n  },\n  \"required\": [\n    \"query\"\n  ]\n}");
    }

    @Test
    void pythonStringMethodsBehaveLikePython() {
        JinjaChatTemplate template = JinjaChatTemplate.of(
                "{{ 'a,,b,'.split(',') | length }}|{{ 'x</think>y'.split('</think>')[-1] }}|{{ '\\n\\nhi\\n'.lstrip('\\n') }}|"
                        + "{{ ' pad '.strip() }}|{{ 'abc'.startswith('ab') }}|{{ 'abc'.endswith(('x', 'c')) }}|{{ 'a b  c'.split() | length }}",
                null, null, "t");
        assertThat(template.render(List.of(message("user", "q")), List.of())).isEqualTo("4|y|hi\n|pad|true|true|3");
    }

    @Test
    void syntaxErrorsAndMissingTemplatesAreOneLine() throws IOException {
        JinjaChatTemplate broken = JinjaChatTemplate.of("{% for m in messages %}", null, null, "broken");
        assertThatThrownBy(() -> broken.render(List.of(message("user", "q")), List.of()))
                .isInstanceOf(ChatTemplateException.class).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        Path noTemplate = Files.writeString(folder.resolve("tokenizer_config.json"), "{\"bos_token\":\"<s>\"}");
        assertThatThrownBy(() -> JinjaChatTemplate.fromTokenizerConfig(noTemplate)).hasMessage(noTemplate + " has no chat_template");
        assertThatThrownBy(() -> TemplateSpec.open("mistral")).hasMessage("unknown template 'mistral' (expected chatml, hf:PATH, gguf:PATH or jinja:PATH)");
        assertThatThrownBy(() -> TemplateSpec.open("jinja:" + folder.resolve("x.jinja")))
                .hasMessage("template jinja:" + folder.resolve("x.jinja") + ": " + folder.resolve("x.jinja") + " does not exist");
        assertThat(TemplateSpec.open("chatml")).isSameAs(ChatMlTemplate.INSTANCE);
    }

    @Test
    void compatRewritesOnlyWhatJinjavaCannotParse() {
        assertThat(JinjaCompat.prepare("{% set ns = namespace(a=true, b=messages|length - 1, c='x=1, y') %}{% for m in messages[::-1] %}"))
                .isEqualTo("{% set ns = namespace(a=(true),b=(messages|length - 1),c=('x=1, y')) %}{% for m in messages|reverse %}");
        assertThat(JinjaCompat.prepare("{{ x == 1 }}")).isEqualTo("{{ x == 1 }}");
    }
}
