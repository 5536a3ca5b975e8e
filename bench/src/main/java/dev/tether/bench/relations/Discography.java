package dev.tether.bench.relations;

/**
 * An artist and its albums, as generated: what a world loads, and what a cascade benchmark
 * re-inserts after deleting the artist.
 *
 * @param artist the artist row
 * @param albums the albums pointing at it
 */
record Discography(Artist artist, Album[] albums) { }
