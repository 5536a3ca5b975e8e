package dev.tether.bench.memory;

import dev.tether.bench.userprofile.FloorUserProfiles;
import dev.tether.bench.userprofile.H2UserProfiles;
import dev.tether.bench.userprofile.HashMapUserProfiles;
import dev.tether.bench.userprofile.Shape;
import dev.tether.bench.userprofile.StoreFactory;
import dev.tether.bench.userprofile.TetherUserProfiles;
import dev.tether.bench.userprofile.UserProfileData;
import dev.tether.bench.userprofile.UserProfileStore;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * Bytes per (user, profile) pair of a one-to-one relation loaded with {@code count} pairs, for
 * Tether, the floor (raw Eclipse Collections maps), {@code java.util.HashMap} and H2. Writes
 * {@code outputDir/memory-pairs.csv} with two measurements per implementation:
 * <ul>
 *   <li>{@code pair-total}: everything the loaded store holds, rows included, minus what the
 *       same store holds empty (its fixed part, printed separately);</li>
 *   <li>{@code pair-overhead}: {@code pair-total} minus the rows themselves (the {@code User}
 *       and {@code Profile} records with their strings, measured alone by JOL): what the tables
 *       and the index cost on top of the data.</li>
 * </ul>
 *
 * <h2>How bytes are measured</h2>
 * Tether, floor and hashMap: JOL's retained size ({@link RetainedBytes#of}) of the store
 * object, in this JVM's layout (compressed oops unless the heap is above 32 GB). For Tether the
 * root is the {@code Store}: its tables' maps and rows, the relation's reverse index, and its
 * fixed part (schema, definitions, the accessor lambdas, the lock, and, because a table
 * definition holds its row {@code Class}, the two {@code Class} objects with their reflection
 * caches: about 5 KB in all). That fixed part is the same at any count and is subtracted, so
 * none of it distorts the per-pair figure; the main prints its breakdown so that it can be
 * checked. For the floor and hashMap the root is the
 * object holding their maps, presized for {@code count} (Tether grows its maps; at a million
 * rows both end at the same capacity).
 *
 * <p>H2: JOL cannot walk an embedded database honestly (its graph reaches caches, the
 * connection's session, shared engine state), so H2 is the difference of heap used after
 * repeated {@code System.gc()} before and after the load ({@link RetainedBytes#settledHeapUsed}),
 * H2's own copy of the rows included; our records exist before and after, so they are not in
 * it. Its {@code pair-overhead} subtracts what the records would take, to compare like with
 * like; it is an estimate, good to a few percent at a million pairs, and is left out below
 * {@link #H2_MIN_PAIRS} pairs, where GC noise is larger than the database.
 *
 * <p>Run: {@code java -Xmx4g -cp bench/target/benchmarks.jar dev.tether.bench.memory.PairFootprint
 * 1000000 target/bench}. A million pairs needs about 2 GB of heap.
 */
public final class PairFootprint {
    private static final String UNIT = "pair";

    /** Below this many pairs the heap-delta measurement of H2 is swamped by GC noise, so it is not made. */
    static final int H2_MIN_PAIRS = 100_000;

    private PairFootprint() { }

    /**
     * Measures and writes the CSV.
     *
     * @param args {@code count outputDir}
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PairFootprint <count> <outputDir>, args=" + args.length);
        }
        int count = Integer.parseInt(args[0]);
        Path outputDir = Path.of(args[1]);
        UserProfileData data = UserProfileData.pairsOnly(count);
        long rowBytes = RetainedBytes.of(rowsOf(data));
        System.out.printf(Locale.ROOT, "rows alone (User + Profile records and their strings): %.2f B/pair%n",
                (double) rowBytes / count);

        FootprintTable table = new FootprintTable();
        PairFootprint.<TetherUserProfiles>measureJol(table, "tether", data, rowBytes,
                TetherUserProfiles::new, TetherUserProfiles::store);
        PairFootprint.<FloorUserProfiles>measureJol(table, "floor", data, rowBytes, FloorUserProfiles::new,
                store -> store);
        PairFootprint.<HashMapUserProfiles>measureJol(table, "hashMap", data, rowBytes, HashMapUserProfiles::new,
                store -> store);
        if (count >= H2_MIN_PAIRS) {
            measureH2(table, data, rowBytes);
        } else {
            System.out.println("h2 left out: below H2_MIN_PAIRS=" + H2_MIN_PAIRS
                    + " pairs a heap delta is GC noise, not a measurement: count=" + count);
        }

        System.out.print(table.toText());
        System.out.println("wrote " + table.writeCsv(outputDir, "pairs"));
    }

    private static <S extends UserProfileStore> void measureJol(FootprintTable table, String impl,
            UserProfileData data, long rowBytes, StoreFactory<S> factory, Function<S, Object> root) {
        primeClassCaches(factory, root);
        S empty = factory.open(Shape.PAIRS, UserProfileData.pairsOnly(0));
        long fixedBytes = RetainedBytes.of(root.apply(empty));
        System.out.println(impl + " empty store (fixed part, subtracted): " + fixedBytes + " B");
        System.out.print(RetainedBytes.breakdown(root.apply(empty)));
        S loaded = factory.open(Shape.PAIRS, data);
        loaded.load(data);
        long totalBytes = RetainedBytes.of(root.apply(loaded)) - fixedBytes;
        if (totalBytes < rowBytes) {
            throw new IllegalStateException("store holds fewer bytes than its rows: impl=" + impl
                    + " totalBytes=" + totalBytes + " rowBytes=" + rowBytes);
        }
        add(table, impl, data.pairs(), totalBytes, rowBytes);
    }

    /**
     * Walks a one-pair store once, so that the per-class caches the walk itself fills (reflection
     * data of the row classes, JOL's own class value) exist before the empty and the loaded
     * store are measured: the walk reaches them through the {@code Class} objects a Tether
     * schema holds, and they must count in the fixed part of both or neither.
     */
    private static <S extends UserProfileStore> void primeClassCaches(StoreFactory<S> factory,
                                                                       Function<S, Object> root) {
        UserProfileData onePair = UserProfileData.pairsOnly(1);
        S primer = factory.open(Shape.PAIRS, onePair);
        primer.load(onePair);
        RetainedBytes.of(root.apply(primer));
    }

    private static void measureH2(FootprintTable table, UserProfileData data, long rowBytes) {
        long before = RetainedBytes.settledHeapUsed();
        H2UserProfiles h2 = new H2UserProfiles(Shape.PAIRS);
        long opened = RetainedBytes.settledHeapUsed();
        h2.load(data);
        long loaded = RetainedBytes.settledHeapUsed();
        Reference.reachabilityFence(h2);
        System.out.println("h2 empty database (fixed part, subtracted; heap delta): " + (opened - before) + " B");
        add(table, "h2", data.pairs(), loaded - opened, rowBytes);
        h2.close();
    }

    private static void add(FootprintTable table, String impl, int pairs, long totalBytes, long rowBytes) {
        table.add("pair-total", impl, pairs, totalBytes, UNIT);
        table.add("pair-overhead", impl, pairs, totalBytes - rowBytes, UNIT);
    }

    private static Object[] rowsOf(UserProfileData data) {
        Object[] rows = new Object[2 * data.pairs()];
        for (int i = 0; i < data.pairs(); i++) {
            rows[2 * i] = data.user(i);
            rows[2 * i + 1] = data.profile(i);
        }
        return rows;
    }
}
