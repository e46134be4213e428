package org.trajectorystudio.app.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Find in the detail text as a curator types: each key finds again, Enter goes on, and no match selects nothing. */
@ExtendWith(ApplicationExtension.class)
class DetailViewFindTest {
    private DetailView view;

    @Start
    void start(Stage stage) {
        view = new DetailView();
        view.show("Can you cancel my order? I can't travel. Cancel it.", List.of());
        stage.setScene(new Scene(view, 600, 300));
        stage.show();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#find-status").queryAs(Label.class).getText();
    }

    private String selected(FxRobot robot) {
        return robot.lookup("#detail-text").queryAs(CodeArea.class).getSelectedText();
    }

    @Test
    void typingFindsEachMatchAndANeedleThatIsNotThereSelectsNothing(FxRobot robot) {
        robot.interact(view::showFind);
        robot.write("can");

        assertThat(status(robot)).isEqualTo("1 of 4");
        assertThat(selected(robot)).isEqualTo("Can");

        robot.type(KeyCode.ENTER);
        assertThat(status(robot)).isEqualTo("2 of 4");
        assertThat(selected(robot)).isEqualTo("can");

        robot.write(" reservation");
        assertThat(status(robot)).isEqualTo("no match");
        assertThat(selected(robot)).as("the earlier match of \"can\" is no longer shown as found").isEmpty();
    }

    @Test
    void theTablesSearchWordsAreMarkedAsWholeWordsWhateverTheirCase(FxRobot robot) {
        CodeArea area = robot.lookup("#detail-text").queryAs(CodeArea.class);
        robot.interact(() -> view.markSearchWords(List.of("cancel", "travel")));

        String text = area.getText();
        List<String> marked = view.searchHits().stream().map(hit -> text.substring(hit[0], hit[1])).toList();
        assertThat(marked).containsExactly("cancel", "travel", "Cancel");
        for (int[] hit : view.searchHits()) {
            assertThat(area.getStyleOfChar(hit[0])).contains("search-hit");
        }
        assertThat(area.getStyleOfChar(text.indexOf("order"))).doesNotContain("search-hit");

        // Another text keeps the marks; no search words, no marks.
        robot.interact(() -> view.show("Travel plans: cancelled.", List.of()));
        assertThat(area.getStyleOfChar(0)).contains("search-hit");
        assertThat(area.getStyleOfChar("Travel plans: ".length())).as("cancelled is another word").doesNotContain("search-hit");
        robot.interact(() -> view.markSearchWords(List.of()));
        assertThat(area.getStyleOfChar(0)).doesNotContain("search-hit");
    }

    /**
     * A SWE-Gym issue text has Windows line ends: the area drops the CR, and the styles, placed by the text with CRs,
     * slid one character a line ("## Traceback" styled "No" on the next line, "The e" below).
     */
    @Test
    void stylesStayOnTheirWordsInATextWithWindowsLineEnds(FxRobot robot) {
        CodeArea area = robot.lookup("#detail-text").queryAs(CodeArea.class);
        String text = "<tool_response>\r\n## Traceback\r\nNo runtime errors thrown.\r\n\r\n## How to reproduce\r\nThe easiest way\r\n</tool_response>";
        robot.interact(() -> view.show(text, TrajectoryHighlighter.spans(text)));
        String shown = area.getText();
        assertThat(shown).doesNotContain("\r");
        assertThat(area.getStyleOfChar(shown.indexOf("Traceback") + 1)).contains("heading");
        assertThat(area.getStyleOfChar(shown.indexOf("No runtime") + 1)).doesNotContain("heading");
        assertThat(area.getStyleOfChar(shown.indexOf("How to") + 1)).contains("heading");
        assertThat(area.getStyleOfChar(shown.indexOf("The easiest") + 1)).doesNotContain("heading");
    }
}
