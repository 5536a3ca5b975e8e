package dev.tether.bench.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.info.GraphStats;

/**
 * The two ways the memory mains measure bytes.
 * <ul>
 *   <li>{@link #of}: JOL's retained size of an object graph: every object reachable from the
 *       roots through reference fields, each counted once at its real size in this JVM (headers,
 *       padding, compressed oops as configured). Exact, for structures JOL can walk honestly.</li>
 *   <li>{@link #settledHeapUsed}: heap in use after repeated full collections, for what JOL
 *       cannot walk honestly (an embedded database with caches and threads): differences of two
 *       such readings are estimates, good to a few percent at large counts.</li>
 * </ul>
 */
public final class RetainedBytes {
    private static final int GC_ROUNDS = 5;

    static {
        // Records and lambdas (hidden classes) refuse Unsafe.objectFieldOffset; JOL then needs
        // its own way to find field offsets. Set before JOL's VM model is first built.
        System.setProperty("jol.magicFieldOffset", "true");
    }

    private RetainedBytes() { }

    /**
     * The retained size of everything reachable from {@code roots}. O(objects reached).
     *
     * @param roots the roots of the graph (each counted, shared objects once)
     * @return the bytes
     */
    public static long of(Object... roots) {
        return GraphStats.parseInstance(roots).totalSize();
    }

    /**
     * The size of each class of object reachable from {@code root}, as JOL prints it: use it to
     * see what a measurement counts (a schema's lambdas, a lock, the maps).
     *
     * @param root the root of the graph
     * @return JOL's footprint table
     */
    public static String breakdown(Object root) {
        return GraphLayout.parseInstance(root).toFootprint();
    }

    /**
     * Heap used after {@value #GC_ROUNDS} rounds of {@link System#gc()}, the lowest reading.
     *
     * @return the bytes
     */
    public static long settledHeapUsed() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long lowest = Long.MAX_VALUE;
        for (int round = 0; round < GC_ROUNDS; round++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while settling the heap: round=" + round, e);
            }
            lowest = Math.min(lowest, memory.getHeapMemoryUsage().getUsed());
        }
        return lowest;
    }
}
