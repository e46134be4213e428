package org.trajectorystudio.persistence.bench;

import java.lang.management.ManagementFactory;

/** Samples the heap in use (live data and garbage not yet collected) every few milliseconds; keeps the peak. */
public final class HeapWatch {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapWatch() {
        thread = Thread.ofPlatform().daemon().name("heap-watch").unstarted(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    public static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        watch.thread.start();
        return watch;
    }

    public double stopMB() {
        running = false;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return peak / 1e6;
    }
}
