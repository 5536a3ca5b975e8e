package dev.tether.bench.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The benchmarks compiled into the jar ({@code META-INF/BenchmarkList}), for the runner script
 * and the smoke test: which classes exist, and which benchmarks of a class are ordinary
 * (run with {@code -t}) or {@code @Group}s (run with {@code -tg}).
 */
public final class BenchmarkCatalog {
    /** A group method whose name matches this is the writer: it gets one thread, the others the readers'. */
    static final Pattern WRITER = Pattern.compile("(?i).*writ.*");

    private BenchmarkCatalog() { }

    /**
     * Every benchmark of the jar, one entry per method or group. O(benchmarks).
     *
     * @return the entries, sorted by name
     */
    public static SortedSet<BenchmarkListEntry> all() {
        return new TreeSet<>(BenchmarkList.defaultList().getAll(
                OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of()));
    }

    /**
     * The fully qualified names of the jar's benchmarks: a method's or a group's.
     *
     * @param entries the entries
     * @return the names, sorted, without duplicates
     */
    public static SortedSet<String> names(Collection<BenchmarkListEntry> entries) {
        SortedSet<String> names = new TreeSet<>();
        entries.forEach(e -> names.add(e.getUsername()));
        return names;
    }

    /**
     * A JMH include regex matching exactly the given benchmarks of a class.
     *
     * @param entries the jar's entries
     * @param simpleClassName e.g. {@code ConcurrentReadBenchmark}
     * @param groups true for the {@code @Group} benchmarks, false for the ordinary ones
     * @return the regex, or empty if the class has no such benchmark
     */
    public static Optional<String> regex(Collection<BenchmarkListEntry> entries, String simpleClassName,
                                         boolean groups) {
        List<String> alternatives = new ArrayList<>();
        for (BenchmarkListEntry entry : entries) {
            if (isGroup(entry) == groups && className(entry).equals(simpleClassName)) {
                alternatives.add(Pattern.quote(entry.getUsername()));
            }
        }
        return alternatives.isEmpty() ? Optional.empty() : Optional.of(anyOf(alternatives));
    }

    /**
     * The {@code -tg} value for each {@code @Group} benchmark of a class that gives {@code readers}
     * threads to each reading method and one to the writing one ({@link #WRITER}). JMH applies
     * {@code -tg} counts to a group's methods in its own order, which is by method name, not by
     * declaration, so the value depends on the names.
     *
     * @param entries the jar's entries
     * @param simpleClassName e.g. {@code ConcurrentReadBenchmark}
     * @param readers threads per reading method
     * @return for each distinct {@code -tg} value, an include regex of the groups it fits
     * @throws IllegalStateException if a group has no writing method
     */
    public static Map<String, String> readerThreadGroups(Collection<BenchmarkListEntry> entries,
                                                         String simpleClassName, int readers) {
        Map<String, List<String>> groupsByValue = new TreeMap<>();
        for (BenchmarkListEntry entry : entries) {
            if (isGroup(entry) && className(entry).equals(simpleClassName)) {
                List<String> counts = new ArrayList<>();
                for (String method : entry.getThreadGroupLabels().orElse(List.of())) {
                    counts.add(WRITER.matcher(method).matches() ? "1" : Integer.toString(readers));
                }
                if (!counts.contains("1")) {
                    throw new IllegalStateException("group has no method named like a writer: benchmark="
                            + entry.getUsername() + " methods=" + entry.getThreadGroupLabels().orElse(List.of()));
                }
                groupsByValue.computeIfAbsent(String.join(",", counts), v -> new ArrayList<>())
                        .add(Pattern.quote(entry.getUsername()));
            }
        }
        Map<String, String> regexByValue = new TreeMap<>();
        groupsByValue.forEach((value, names) -> regexByValue.put(value, anyOf(names)));
        return regexByValue;
    }

    /**
     * Prints what the runner asks. {@code classes}: the simple class names, one per line.
     * {@code methods CLASS} / {@code groups CLASS}: the include regex of the class's ordinary or
     * group benchmarks (exit status 1 when there is none). {@code forks}: one line per class,
     * {@code CLASS ordinary groups}, the number of (benchmark, param combination) pairs of each
     * kind, which is the number of forks one JMH run of the class makes with {@code -f 1}.
     * {@code readers CLASS N}: one line {@code TG REGEX} per {@code -tg} value that gives N
     * threads to each reading method of the class's groups (see {@link #readerThreadGroups}).
     * {@code missing FQCN...}: the classes that cannot be loaded, one per line (exit status 1
     * when there is one).
     *
     * @param args the question
     */
    public static void main(String[] args) {
        SortedSet<BenchmarkListEntry> entries = all();
        String question = args.length == 0 ? "" : args[0];
        switch (question) {
            case "classes" -> classNames(entries).forEach(System.out::println);
            case "methods", "groups" -> print(regex(entries, args[1], question.equals("groups")).stream().toList(), true);
            case "forks" -> classNames(entries).forEach(c -> System.out.println(c + " "
                    + forks(entries, c, false) + " " + forks(entries, c, true)));
            case "readers" -> readerThreadGroups(entries, args[1], Integer.parseInt(args[2]))
                    .forEach((value, regex) -> System.out.println(value + " " + regex));
            case "missing" -> print(List.of(args).subList(1, args.length).stream()
                    .filter(BenchmarkCatalog::isMissing).toList(), false);
            default -> throw new IllegalArgumentException(
                    "usage: BenchmarkCatalog classes|methods CLASS|groups CLASS|readers CLASS N|forks|missing FQCN...: question="
                    + question);
        }
    }

    /** A regex matching a whole name equal to one of the quoted names. */
    private static String anyOf(List<String> quotedNames) {
        return "^(" + String.join("|", quotedNames) + ")$";
    }

    /** Prints the lines; exits with status 1 when they are empty ({@code failWhenEmpty}) or not. */
    private static void print(List<String> lines, boolean failWhenEmpty) {
        lines.forEach(System.out::println);
        if (lines.isEmpty() == failWhenEmpty) {
            System.exit(1);
        }
    }

    private static boolean isMissing(String className) {
        try {
            Class.forName(className, false, BenchmarkCatalog.class.getClassLoader());
            return false;
        } catch (ClassNotFoundException e) {
            return true;
        }
    }

    private static long forks(Collection<BenchmarkListEntry> entries, String className, boolean groups) {
        return entries.stream().filter(e -> className(e).equals(className) && isGroup(e) == groups)
                .mapToLong(BenchmarkCatalog::paramCombinations).sum();
    }

    private static SortedSet<String> classNames(Collection<BenchmarkListEntry> entries) {
        SortedSet<String> classes = new TreeSet<>();
        entries.forEach(e -> classes.add(className(e)));
        return classes;
    }

    private static String className(BenchmarkListEntry e) {
        return BenchmarkId.parse(e.getUsername()).className();
    }

    /** A {@code @Group} benchmark has one thread count per method; an ordinary one has one. */
    private static boolean isGroup(BenchmarkListEntry e) {
        return e.getThreadGroups().length > 1;
    }

    private static long paramCombinations(BenchmarkListEntry e) {
        long combinations = 1;
        for (String[] values : e.getParams().orElse(Map.of()).values()) {
            combinations *= values.length;
        }
        return combinations;
    }
}
