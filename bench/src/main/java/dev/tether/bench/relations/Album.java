package dev.tether.bench.relations;

/**
 * An album row: points many-to-one at its artist, and is the left side of the many-to-many
 * {@code album_tags} relation. In the many-to-many worlds there is no artist table and
 * {@code artistId} is only a field.
 */
public record Album(long id, long artistId, String title) { }
