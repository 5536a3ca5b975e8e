package dev.tether.bench.relations;

import java.sql.SQLException;

/**
 * The state of the many-to-one benchmarks: an {@link ArtistCatalog} of {@code size} albums,
 * {@code dependents} per artist (so {@code size / dependents} artists, see {@link Shape}), and the
 * one world the running method measures.
 */
public abstract class ArtistWorlds extends RelationWorlds {
    ArtistCatalog catalog;
    TetherArtists tether;
    FloorArtists floor;
    H2Artists h2;

    @Override
    void generate(Shape shape) {
        catalog = new ArtistCatalog(shape);
    }

    @Override
    void loadTether() {
        tether = new TetherArtists(catalog);
    }

    @Override
    void loadFloor() {
        floor = new FloorArtists(catalog);
    }

    @Override
    AutoCloseable loadH2() throws SQLException {
        h2 = new H2Artists(catalog);
        return h2;
    }
}
