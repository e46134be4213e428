package org.trajectorystudio.app.ui.task;

/** A piece of background work: I/O, parsing or SQL that must never run on the FX thread. */
@FunctionalInterface
public interface Work<T> {
    T run(TaskScope task) throws Exception;
}
