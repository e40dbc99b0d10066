package org.respnet.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak heap, sampled every 20 ms (the GC beans only see the heap at collections), and the process's peak resident
 * memory, VmHWM, which Linux resets when "5" is written to /proc/self/clear_refs, so each size gets its own peak.
 */
final class MemoryWatch implements AutoCloseable {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile long peakHeap;
    private volatile boolean running = true;

    MemoryWatch() {
        System.gc();
        resetResidentPeak();
        peakHeap = memory.getHeapMemoryUsage().getUsed();
        sampler = new Thread(this::sample, "bench-memory-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    long peakHeapBytes() {
        return peakHeap;
    }

    /** VmHWM in bytes, or -1 where /proc is not there. */
    static long residentPeakBytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static void resetResidentPeak() {
        try {
            Files.writeString(CLEAR_REFS, "5");
        } catch (IOException | RuntimeException e) {
            // Not Linux, or not allowed: VmHWM is then the peak since the JVM started, which the report says.
        }
    }

    private void sample() {
        while (running) {
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used > peakHeap) {
                peakHeap = used;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
