package org.trajectorystudio.app.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Finds library calls made on the FX thread: installed as the database's connection guard, it tells each place in
 * the studio's code that took a connection there, once. The window must never wait on H2 (disk, another process's lock).
 */
public final class FxThreadGuard implements Runnable {
    private final Consumer<String> report;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    /** @param report told "Class.method(File.java:line)" of the studio frame that asked, the first time it asks */
    public FxThreadGuard(Consumer<String> report) {
        this.report = report;
    }

    @Override
    public void run() {
        if (!Platform.isFxApplicationThread()) {
            return;
        }
        String place = StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> frame.getClassName().startsWith("org.trajectorystudio.app."))
                .filter(frame -> !frame.getClassName().equals(FxThreadGuard.class.getName()))
                .findFirst()
                .map(frame -> frame.getClassName() + "." + frame.getMethodName() + "(" + frame.getFileName() + ":" + frame.getLineNumber() + ")")
                .orElse("outside the studio's code"));
        if (seen.add(place)) {
            report.accept(place);
        }
    }
}
