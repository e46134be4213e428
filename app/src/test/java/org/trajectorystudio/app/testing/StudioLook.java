package org.trajectorystudio.app.testing;

import java.util.Objects;
import javafx.application.Application;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.trajectorystudio.app.ui.Theme;

/**
 * Every window test sees the studio's own look (AtlantaFX's light theme, as {@code ./studio} starts), not JavaFX's
 * Modena: fonts, paddings and colours decide what fits and what reads. Registered for all tests of the module
 * (junit-platform.properties turns on extension autodetection); it acts only on classes that run TestFX's
 * {@link ApplicationExtension}, before that extension builds the test's scene.
 */
public final class StudioLook implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        boolean windowTest = AnnotationSupport.findRepeatableAnnotations(context.getRequiredTestClass(), ExtendWith.class)
                .stream().anyMatch(extendWith -> java.util.Arrays.asList(extendWith.value()).contains(ApplicationExtension.class));
        if (!windowTest) {
            return;
        }
        FxToolkit.registerPrimaryStage(); // starts the toolkit if this is the first window test (ApplicationExtension does the same)
        FxToolkit.setupFixture(() -> {
            if (!Objects.equals(Application.getUserAgentStylesheet(), Theme.LIGHT.stylesheet())) {
                Theme.LIGHT.apply();
            }
        });
    }
}
