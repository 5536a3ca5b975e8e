package dev.tether.bench.relations;

/** An artist row: the target of the many-to-one {@code album_artist} relation. */
public record Artist(long id, String name) { }
