package org.trajectorystudio.app.importing;

import java.util.Optional;
import javafx.scene.control.TextInputDialog;

/** The Open dialog's one question when a file's conversation was not found: where is it (a dotted path)? */
public final class MessagesKeyDialog {
    private MessagesKeyDialog() {}

    /** Shown on the FX thread (import failures arrive there); empty when the user cancels. */
    public static Optional<String> ask(String reason) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle("Where is the conversation?");
        dialog.setHeaderText(reason);
        dialog.setContentText("Key of the messages (a dotted path such as data.dialog):");
        dialog.getEditor().setId("messagesKey");
        return dialog.showAndWait();
    }
}
