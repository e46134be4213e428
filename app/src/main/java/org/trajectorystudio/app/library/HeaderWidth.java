package org.trajectorystudio.app.library;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** The width a table header needs to show its title whole: the text in the header's bold font, padding and sort arrow. */
final class HeaderWidth {
    /** Cell padding on both sides (a sorted column's arrow may then take a few letters; the tooltip has the title). */
    private static final double CHROME = 18;

    private HeaderWidth() {}

    static double of(String title) {
        Font base = Font.getDefault();
        Text text = new Text(title);
        // AtlantaFX sets 14 px on the root, above the platform default on Linux.
        text.setFont(Font.font(base.getFamily(), FontWeight.BOLD, Math.max(base.getSize(), 14)));
        return Math.ceil(text.getLayoutBounds().getWidth() + CHROME);
    }
}
