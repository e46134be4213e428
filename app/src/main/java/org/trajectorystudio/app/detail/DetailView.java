package org.trajectorystudio.app.detail;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The selected node's full text, highlighted, read-only, with find-in-text. RichTextFX virtualises paragraphs, so a
 * 500 KB tool response scrolls smoothly.
 */
public final class DetailView extends BorderPane {
    /** The style class of a searched word in the text (studio.css). */
    static final String SEARCH_HIT = "search-hit";

    private final CodeArea area = new CodeArea();
    private final TextField findField = new TextField();
    private final Label findStatus = new Label();
    private final HBox findBar;
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(0);
    private int matchIndex = -1;
    /** The shown text lower-cased once, so that finding in a 500 KB text does not lower-case it at every key. */
    private String lowerText = "";
    /** The table's search words (lower-cased, as the search splits them): marked wherever they occur in the text. */
    private List<String> searchWords = List.of();
    private List<StyleSpan> highlighterSpans = List.of();

    public DetailView() {
        setId("detail-view");
        area.setId("detail-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("detail-text");
        findField.setId("find-field");
        findField.setPromptText("Find in text");
        findField.textProperty().addListener((obs, old, text) -> findFirst());
        findField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                step(event.isShiftDown() ? -1 : 1);
            } else if (event.getCode() == KeyCode.ESCAPE) {
                hideFind();
            }
        });
        Button previous = new Button("↑");
        previous.setOnAction(event -> step(-1));
        Button next = new Button("↓");
        next.setOnAction(event -> step(1));
        Button close = new Button("✕");
        close.setOnAction(event -> hideFind());
        findStatus.setId("find-status");
        findStatus.setMinWidth(80);
        HBox.setHgrow(findField, Priority.ALWAYS);
        findBar = new HBox(6, findField, findStatus, previous, next, close);
        findBar.setAlignment(Pos.CENTER_LEFT);
        findBar.setPadding(new Insets(4, 6, 4, 6));
        findBar.getStyleClass().add("find-bar");
        setCenter(new VirtualizedScrollPane<>(area));
    }

    /** Shows a text with trajectory highlighting. Call on the FX thread with spans computed off it. */
    public void show(String text, List<StyleSpan> spans) {
        LineEnds shown = LineEnds.of(text, spans);
        area.replaceText(shown.text());
        lowerText = shown.text().toLowerCase(Locale.ROOT);
        highlighterSpans = List.copyOf(shown.spans());
        restyle();
        area.moveTo(0);
        area.requestFollowCaret();
        if (getTop() != null) {
            findFirst();
        }
    }

    /**
     * Marks the words the table is searched for wherever they occur in the text (the search matched the sample by
     * them, and a long trajectory hides where); an empty list marks nothing.
     */
    public void markSearchWords(List<String> words) {
        if (!words.equals(searchWords)) {
            searchWords = List.copyOf(words);
            restyle();
        }
    }

    /** The [start, end) ranges the view marks as searched words now. */
    public List<int[]> searchHits() {
        return org.trajectorystudio.persistence.search.Terms.occurrences(area.getText(), searchWords);
    }

    private void restyle() {
        String text = area.getText();
        StyleSpans<Collection<String>> styles = toStyleSpans(text.length(), highlighterSpans);
        List<int[]> hits = searchHits();
        if (!hits.isEmpty()) {
            StyleSpansBuilder<Collection<String>> marks = new StyleSpansBuilder<>();
            int at = 0;
            for (int[] hit : hits) {
                marks.add(Collections.emptyList(), hit[0] - at);
                marks.add(Collections.singleton(SEARCH_HIT), hit[1] - hit[0]);
                at = hit[1];
            }
            marks.add(Collections.emptyList(), text.length() - at);
            styles = styles.overlay(marks.create(), (base, mark) -> {
                if (mark.isEmpty()) {
                    return base;
                }
                List<String> both = new java.util.ArrayList<>(base);
                both.addAll(mark);
                return both;
            });
        }
        area.setStyleSpans(0, styles);
    }

    public String text() {
        return area.getText();
    }

    public void showFind() {
        setTop(findBar);
        findField.requestFocus();
        findField.selectAll();
        findFirst();
    }

    public void hideFind() {
        setTop(null);
        area.selectRange(area.getCaretPosition(), area.getCaretPosition());
        area.requestFocus();
    }

    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    private void findFirst() {
        matchIndex = -1;
        matchCount.set(countMatches());
        step(1);
    }

    private void step(int direction) {
        String needle = findField.getText();
        if (needle.isEmpty() || matchCount.get() == 0) {
            findStatus.setText(needle.isEmpty() ? "" : "no match");
            area.deselect(); // the match of what was typed before must not look like one of this text
            return;
        }
        String haystack = lowerText;
        String lowerNeedle = needle.toLowerCase(Locale.ROOT);
        int from = area.getSelection().getLength() > 0 ? area.getSelection().getStart() : area.getCaretPosition();
        int found = direction > 0
                ? haystack.indexOf(lowerNeedle, matchIndex < 0 ? 0 : from + 1)
                : haystack.lastIndexOf(lowerNeedle, from - 1);
        if (found < 0) {
            found = direction > 0 ? haystack.indexOf(lowerNeedle) : haystack.lastIndexOf(lowerNeedle);
        }
        matchIndex = found;
        area.selectRange(found, found + needle.length());
        area.requestFollowCaret();
        findStatus.setText(ordinal(haystack, lowerNeedle, found) + " of " + matchCount.get());
    }

    private int countMatches() {
        String needle = findField.getText().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return 0;
        }
        String haystack = lowerText;
        int count = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    private static int ordinal(String haystack, String needle, int position) {
        int count = 0;
        for (int at = haystack.indexOf(needle); at >= 0 && at <= position; at = haystack.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    /** Highlighter spans may nest or overlap a little; RichTextFX wants a gap-free sequence, so later spans win. */
    static StyleSpans<Collection<String>> toStyleSpans(int length, List<StyleSpan> spans) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = 0;
        for (StyleSpan span : spans) {
            int start = Math.max(span.start(), at);
            int end = Math.min(span.end(), length);
            if (end <= start) {
                continue;
            }
            if (start > at) {
                builder.add(Collections.emptyList(), start - at);
            }
            builder.add(Collections.singleton(span.styleClass()), end - start);
            at = end;
        }
        builder.add(Collections.emptyList(), Math.max(0, length - at));
        return builder.create();
    }
}
