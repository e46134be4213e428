package org.trajectorystudio.app.ui;

import java.util.List;

/** Every keyboard shortcut of the window, listed once: the help overlay shows this list. */
public final class Shortcuts {
    private Shortcuts() {}

    public static final List<HelpOverlay.Shortcut> ALL = List.of(
            new HelpOverlay.Shortcut("J / K", "next / previous sample"),
            new HelpOverlay.Shortcut("↑ ↓ ← →", "move in the trajectory tree, collapse and expand"),
            new HelpOverlay.Shortcut("Ctrl+L", "focus the filter"),
            new HelpOverlay.Shortcut("Ctrl+F", "find in the detail text (Enter next, Shift+Enter previous)"),
            new HelpOverlay.Shortcut("Ctrl+O", "open (import) a file"),
            new HelpOverlay.Shortcut("Ctrl+E / Ctrl+Shift+E", "expand / collapse the whole tree"),
            new HelpOverlay.Shortcut("Ctrl+D", "switch light / dark theme"),
            new HelpOverlay.Shortcut("?", "show or hide this help"),
            new HelpOverlay.Shortcut("Esc", "close help or the find bar"));
}
