package dev.tether.bench.relations;

/** A tag row: the right side of the many-to-many {@code album_tags} relation. */
public record Tag(long id, String label) { }
