package dev.tether.bench.relations;

import dev.tether.ManyToOne;
import dev.tether.bench.memory.FootprintTable;
import dev.tether.bench.memory.RetainedBytes;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Arrays;
import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;

/**
 * Bytes per link of a many-to-one reverse index, at {@code count} links, for several shapes: 1, 2,
 * 3, 9, 10 and 10,000 dependents per target (each target's albums inserted together), and all of
 * them on one target. Writes
 * {@code outputDir/memory-links.csv} (one row per shape and implementation, unit {@code link})
 * and prints a table with each implementation's ratio to {@code floor}.
 *
 * <p><b>What is measured.</b> The JOL {@code GraphLayout} retained size (through {@link RetainedBytes}) of the index alone (every
 * object reachable from it: map objects, their arrays, sets), never the rows:
 * <ul>
 *   <li>{@code tether}: the {@code LongMultimap} a store actually built, read through the store: a
 *       {@link TetherArtists} world is loaded with the shape's artists and albums through the
 *       public API, and the relation's private {@code reverse} field is read by reflection (so
 *       this needs the class path, where {@code dev.tether.internal} is open).</li>
 *   <li>{@code floor}: a plain {@code LongLongHashMap} with one entry per link (album id to artist
 *       id, presized): what a one-to-one index costs. The aim is {@code tether} at most 2x
 *       this in every shape.</li>
 *   <li>{@code naive}: the obvious {@code LongObjectHashMap<LongHashSet>} of the floor worlds
 *       ({@link FloorLinks}), a default-sized set per target.</li>
 * </ul>
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar dev.tether.bench.relations.LinkFootprint
 * 1000000 out}. Needs a few hundred MB of heap at 1,000,000 links.
 */
public final class LinkFootprint {
    /** 1: no group; 2, 3: array groups (full, one free slot); 9: the smallest set group; 10, 10,000: sets. */
    private static final int[] DEPENDENTS_PER_TARGET = {1, 2, 3, 9, 10, 10_000};
    private static final String UNIT = "link";

    private LinkFootprint() { }

    /**
     * Measures every shape and writes {@code memory-links.csv}.
     *
     * @param args {@code count outputDir}: the number of links, and where to write the CSV
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: LinkFootprint <count> <outputDir>: args=" + Arrays.toString(args));
        }
        int count = Integer.parseInt(args[0]);
        Path outputDir = Path.of(args[1]);
        FootprintTable table = new FootprintTable();
        for (int dependents : DEPENDENTS_PER_TARGET) {
            if (count / dependents >= 2) {
                measure(table, "links-" + dependents + "-per-target", new Shape(count / dependents, dependents));
            }
        }
        measure(table, "links-all-on-one-target", new Shape(1, count));
        table.writeCsv(outputDir, "links");
        System.out.print(table.toText());
    }

    private static void measure(FootprintTable table, String measurement, Shape shape) {
        ArtistCatalog catalog = new ArtistCatalog(shape);
        long links = shape.links();
        table.add(measurement, Implementation.TETHER, links, RetainedBytes.of(tetherIndex(catalog)), UNIT);
        table.add(measurement, Implementation.FLOOR, links, RetainedBytes.of(plainMap(catalog)), UNIT);
        table.add(measurement, "naive", links, RetainedBytes.of(naiveIndex(catalog)), UNIT);
    }

    /** The reverse index of the store's {@code album_artist} relation, loaded through the API. */
    private static Object tetherIndex(ArtistCatalog catalog) {
        ManyToOne<Album, Artist> relation = new TetherArtists(catalog).albumArtist();
        try {
            Field reverse = relation.getClass().getDeclaredField("reverse");
            reverse.setAccessible(true);
            return reverse.get(relation);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read the reverse index of many-to-one relation: class="
                    + relation.getClass().getName() + " field=reverse (run on the class path)", e);
        }
    }

    private static LongLongHashMap plainMap(ArtistCatalog catalog) {
        LongLongHashMap map = new LongLongHashMap(catalog.shape().links());
        for (Discography discography : catalog.discographies()) {
            for (Album album : discography.albums()) {
                map.put(album.id(), album.artistId());
            }
        }
        return map;
    }

    private static LongObjectHashMap<LongHashSet> naiveIndex(ArtistCatalog catalog) {
        LongObjectHashMap<LongHashSet> index = new LongObjectHashMap<>(catalog.shape().targets());
        for (Discography discography : catalog.discographies()) {
            for (Album album : discography.albums()) {
                FloorLinks.link(index, album.artistId(), album.id());
            }
        }
        return index;
    }
}
