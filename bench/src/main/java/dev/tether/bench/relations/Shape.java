package dev.tether.bench.relations;

/**
 * How many targets a relation benchmark loads and how many dependents each has. The benchmarks'
 * {@code size} is the number of targets, capped so that the dependents never exceed
 * {@link #MAX_LINKS}: with {@code dependents=10000} there are 100 targets whatever {@code size}
 * says, and with {@code size=1000000, dependents=10}, 100,000. So memory stays near a million
 * rows (H2 holds them too) while every shape of the issue is measured.
 *
 * @param targets the number of target rows (artists, tags)
 * @param dependents the number of dependents (albums) per target
 */
record Shape(int targets, int dependents) {
    /** The most dependents (albums, or links) a benchmark loads. */
    static final int MAX_LINKS = 1_000_000;

    Shape {
        if (targets < 1 || dependents < 1) {
            throw new IllegalArgumentException("shape needs a target and a dependent: targets=" + targets
                    + " dependents=" + dependents);
        }
    }

    /** The shape for a benchmark's {@code size} and {@code dependents} parameters, capped at {@link #MAX_LINKS}. */
    static Shape capped(int size, int dependents) {
        return new Shape(Math.max(1, Math.min(size, MAX_LINKS / Math.max(1, dependents))), dependents);
    }

    /** The number of dependents (links) in all. */
    int links() {
        return targets * dependents;
    }
}
