package org.trajectorystudio.model.export.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trajectorystudio.model.export.template.ChatTemplate;
import org.trajectorystudio.model.json.Json;
import org.trajectorystudio.model.render.ChatMessage;
import org.trajectorystudio.model.tokens.TokenCounter;
import tools.jackson.databind.node.ArrayNode;

/**
 * One record's text as the trainer sees it, cut into the spans its loss trains and the ones it masks.
 *
 * <p>For a conversation: each message's part of the template's text is found by rendering the conversation up to it
 * (a template that writes an earlier turn differently once a later question exists, as Qwen3 drops earlier thinking,
 * is aligned by rendering the prefix with a probe question after it). A turn the export trains (weight 1) is trained
 * from after its role header through its end-of-turn marker, the newline after it masked: the span TRL's
 * {@code assistant_only_loss} generation blocks, axolotl's turn finder with {@code train_on_eos: turn} and
 * LLaMA-Factory's reply labels cover. Everything else (system, question, user, tool results, headers) is masked. A text
 * format trains its whole text.
 *
 * @param spans contiguous, in order, covering the whole text
 */
public record LossMask(String text, List<Span> spans) {
    /** Private-use code point: never in a sample, so its place in a rendering is unambiguous. */
    private static final String PROBE = "\uE000";

    public LossMask {
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
    }

    /**
     * @param role the message's role ({@code system}, {@code user}, {@code assistant}, {@code tool}); {@code text} for a
     *     text format
     * @param message index into the conversation, -1 for a text format
     */
    public record Span(int start, int end, String role, boolean trained, int message) {
        public String text(String all) {
            return all.substring(start, end);
        }
    }

    /** The whole text trained: continual pre-training on rendered text. */
    public static LossMask whole(String text) {
        return new LossMask(text, text.isEmpty() ? List.of() : List.of(new Span(0, text.length(), "text", true, -1)));
    }

    /** The mask of a conversation as {@code template} renders it ({@link ChatMessage#trainable()} says what is trained). */
    public static LossMask of(ChatTemplate template, List<ChatMessage> messages, ArrayNode tools) {
        String text = template.render(messages, tools, false);
        int n = messages.size();
        int[] bounds = new int[n + 1];
        bounds[n] = text.length();
        for (int k = 1; k < n; k++) {
            bounds[k] = Math.max(bounds[k - 1], boundary(template, messages.subList(0, k), tools, text));
        }
        String header = assistantHeader(template);
        List<Span> spans = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            ChatMessage message = messages.get(k);
            int start = bounds[k];
            int end = Math.max(start, bounds[k + 1]);
            if (start == end) {
                continue;
            }
            boolean trained = message.trainable() && message.role().equals(ChatMessage.ASSISTANT);
            if (!trained) {
                spans.add(new Span(start, end, message.role(), false, k));
                continue;
            }
            int body = !header.isEmpty() && text.startsWith(header, start) ? start + header.length() : start;
            int tail = end;
            while (tail > body && Character.isWhitespace(text.charAt(tail - 1))) {
                tail--;
            }
            add(spans, start, body, message.role(), false, k);
            add(spans, body, tail, message.role(), true, k);
            add(spans, tail, end, message.role(), false, k);
        }
        return new LossMask(text, spans);
    }

    /** Tokens per role, trained and masked: each span counted on its own (spans meet at the template's markers). */
    public Map<String, int[]> tokensByRole(TokenCounter counter) {
        Map<String, int[]> byRole = new LinkedHashMap<>();
        for (Span span : spans) {
            byRole.computeIfAbsent(span.role(), role -> new int[2])[span.trained() ? 0 : 1] += counter.count(span.text(text));
        }
        return byRole;
    }

    public String trainedText() {
        StringBuilder trained = new StringBuilder();
        spans.stream().filter(Span::trained).forEach(span -> trained.append(span.text(text)));
        return trained.toString();
    }

    private static void add(List<Span> spans, int start, int end, String role, boolean trained, int message) {
        if (end > start) {
            spans.add(new Span(start, end, role, trained, message));
        }
    }

    /** Where the messages before {@code prefix.size()} end in the full text. */
    private static int boundary(ChatTemplate template, List<ChatMessage> prefix, ArrayNode tools, String text) {
        String rendered = tryRender(template, prefix, tools);
        if (rendered != null && text.startsWith(rendered)) {
            return rendered.length();
        }
        // The template writes the prefix differently when it ends the conversation: give it a question after it.
        List<ChatMessage> probed = new ArrayList<>(prefix);
        probed.add(new ChatMessage(ChatMessage.USER, PROBE, false, -1));
        String withProbe = tryRender(template, probed, tools);
        String userHeader = userHeader(template);
        if (withProbe != null && userHeader != null) {
            int probe = withProbe.indexOf(PROBE) - userHeader.length();
            if (probe >= 0 && withProbe.startsWith(userHeader, probe) && text.startsWith(withProbe.substring(0, probe))) {
                return probe;
            }
        }
        return rendered == null ? 0 : commonPrefix(rendered, text);
    }

    private static String userHeader(ChatTemplate template) {
        String alone = tryRender(template, List.of(new ChatMessage(ChatMessage.USER, PROBE, false, -1)), Json.MAPPER.createArrayNode());
        return alone == null || !alone.contains(PROBE) ? null : alone.substring(0, alone.indexOf(PROBE));
    }

    /**
     * The role header of an assistant turn: what the generation prompt adds ({@code <|im_start|>assistant\n}), the
     * boundary of prompt and completion in every trainer. Not the text before an assistant message's content: Qwen3
     * writes an empty think block there for a last turn.
     */
    private static String assistantHeader(ChatTemplate template) {
        List<ChatMessage> question = List.of(new ChatMessage(ChatMessage.USER, "q", false, -1));
        String without = tryRender(template, question, Json.MAPPER.createArrayNode(), false);
        String with = tryRender(template, question, Json.MAPPER.createArrayNode(), true);
        return without == null || with == null || !with.startsWith(without) ? "" : with.substring(without.length());
    }

    /** A template may refuse a partial conversation (no question yet): that prefix then has no boundary of its own. */
    private static String tryRender(ChatTemplate template, List<ChatMessage> messages, ArrayNode tools) {
        return tryRender(template, messages, tools, false);
    }

    private static String tryRender(ChatTemplate template, List<ChatMessage> messages, ArrayNode tools, boolean generationPrompt) {
        try {
            return template.render(messages, tools, generationPrompt);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
