package dev.tether.bench.relations;

/**
 * How many targets a relation benchmark loads and how many dependents each has. A benchmark's
 * {@code size} is the number of dependent rows (albums, or links), the size of the big table;
 * the targets are {@code size / dependents} (at least one). So at one size the shapes differ only
 * in fan-out: {@code size=1000000} is 1,000,000 artists with one album each, 100,000 with ten, or
 * 100 with 10,000; {@code size=10000, dependents=10000} is one artist. Memory stays bounded by
 * {@code size} whatever the fan-out, and no two parameter pairs load the same shape.
 *
 * @param targets the number of target rows (artists, tags)
 * @param dependents the number of dependents (albums) per target
 */
record Shape(int targets, int dependents) {
    Shape {
        if (targets < 1 || dependents < 1) {
            throw new IllegalArgumentException("shape needs a target and a dependent: targets=" + targets
                    + " dependents=" + dependents);
        }
    }

    /** The shape for a benchmark's {@code size} (dependent rows) and {@code dependents} (per target). */
    static Shape of(int size, int dependents) {
        return new Shape(Math.max(1, size / dependents), dependents);
    }

    /** The number of dependents (links) in all. */
    int links() {
        return targets * dependents;
    }
}
