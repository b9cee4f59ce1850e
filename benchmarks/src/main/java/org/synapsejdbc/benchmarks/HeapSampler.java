package org.synapsejdbc.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples the heap in use every few milliseconds on a daemon thread and keeps the maximum (peak heap of a scan). */
final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile long peak;
    private volatile boolean running = true;
    private final Thread thread;

    HeapSampler() {
        thread = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** The peak so far in MiB, then starts over. */
    double takePeakMiB() {
        double p = peak / (1024.0 * 1024.0);
        peak = memory.getHeapMemoryUsage().getUsed();
        return p;
    }

    long maxHeapMiB() {
        return memory.getHeapMemoryUsage().getMax() / (1024 * 1024);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
