package dev.tether.bench.relations;

import java.sql.SQLException;

/**
 * The state of the many-to-many benchmarks: a {@link TagCatalog} of {@code size} links,
 * {@code dependents} albums per tag (so {@code size / dependents} tags, see {@link Shape}; each
 * album has about {@value TagCatalog#TAGS_PER_ALBUM} tags), and the one world the running method
 * measures.
 */
public abstract class TagWorlds extends RelationWorlds {
    TagCatalog catalog;
    TetherTags tether;
    FloorTags floor;
    H2Tags h2;

    @Override
    void generate(Shape shape) {
        catalog = new TagCatalog(shape);
    }

    @Override
    void loadTether() {
        tether = new TetherTags(catalog);
    }

    @Override
    void loadFloor() {
        floor = new FloorTags(catalog);
    }

    @Override
    AutoCloseable loadH2() throws SQLException {
        h2 = new H2Tags(catalog);
        return h2;
    }
}
