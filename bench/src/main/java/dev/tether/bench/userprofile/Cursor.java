package dev.tether.bench.userprofile;

import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Each benchmark thread's position in the {@link Keys}: advances by one per invocation. Threads
 * start far apart (the first at 0), so that concurrent readers do not probe the same keys in
 * lockstep.
 */
@State(Scope.Thread)
public class Cursor {
    /** A step of about 2^32 / phi: successive starts spread evenly over the draw arrays. */
    private static final int START_STEP = 0x9E37_79B9;
    private static final AtomicInteger STARTS = new AtomicInteger();

    private int position;

    /** Takes this thread's start position. */
    @Setup
    public void start() {
        position = STARTS.getAndAdd(START_STEP);
    }

    /**
     * @return the next position; wraps around harmlessly (keys are read at {@code n & mask})
     */
    public int next() {
        return position++;
    }
}
