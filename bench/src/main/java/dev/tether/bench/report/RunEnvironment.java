package dev.tether.bench.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM a JMH result was measured on, as JMH records it in each result.
 *
 * @param jvm the java executable
 * @param jdkVersion e.g. {@code 17.0.15}
 * @param vmName e.g. {@code OpenJDK 64-Bit Server VM}
 * @param vmVersion e.g. {@code 17.0.15+6-Debian-1deb12u1}
 * @param jvmArgs the arguments of the forked JVM
 */
public record RunEnvironment(String jvm, String jdkVersion, String vmName, String vmVersion,
                             List<String> jvmArgs) {
    private static final Pattern GC_FLAG = Pattern.compile("-XX:\\+Use(\\w+)GC");

    /** Copies the argument list. */
    public RunEnvironment {
        jvmArgs = List.copyOf(jvmArgs);
    }

    /**
     * The garbage collector chosen by the last {@code -XX:+Use...GC} flag, e.g. {@code G1} or
     * {@code Parallel}; {@code default} when no flag chose one.
     *
     * @return the collector's name
     */
    public String gc() {
        String gc = "default";
        for (String arg : jvmArgs) {
            Matcher m = GC_FLAG.matcher(arg);
            if (m.matches()) {
                gc = m.group(1);
            }
        }
        return gc;
    }
}
