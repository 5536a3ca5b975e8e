package dev.tether.bench.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The three worlds of each relation benchmark give the same answers on the same catalog, and the
 * writes leave the state as they found it, so the benchmarks compare like with like.
 */
class WorldsAgreeTest {
    private static final int PROBES = 300;

    @Test
    void manyToOneWorldsAgree() throws SQLException {
        for (int dependents : new int[] {1, 3, 20}) {
            ArtistCatalog catalog = new ArtistCatalog(new Shape(40, dependents));
            TetherArtists tether = new TetherArtists(catalog);
            FloorArtists floor = new FloorArtists(catalog);
            try (H2Artists h2 = new H2Artists(catalog)) {
                for (int n = 0; n < PROBES; n++) {
                    int i = catalog.nextDraw();
                    long artist = catalog.artistDraw(i);
                    long album = catalog.albumDraw(i);
                    assertThat(tether.sourceCount(artist)).isEqualTo(dependents)
                            .isEqualTo(floor.sourceCount(artist)).isEqualTo(h2.sourceCount(artist));
                    assertThat(tether.hasSource(artist, album)).isTrue();
                    assertThat(floor.hasSource(artist, album)).isTrue();
                    assertThat(h2.hasSource(artist, album)).isTrue();
                    assertThat(tether.hasSource(artist, album + 1)).isEqualTo(floor.hasSource(artist, album + 1))
                            .isEqualTo(h2.hasSource(artist, album + 1));
                    long sum = expectedSum(catalog.discography(artist));
                    assertThat(tether.sumSourceIds(artist)).isEqualTo(sum)
                            .isEqualTo(floor.sumSourceIds(artist)).isEqualTo(h2.sumSourceIds(artist));
                    assertThat(tether.cascadeDeleteAndRestore(artist)).isEqualTo(1 + dependents)
                            .isEqualTo(floor.cascadeDeleteAndRestore(artist));
                    assertThat(h2.cascadeDeleteAndRestore(artist)).isEqualTo(1);
                    assertThat(h2.sourceCount(artist)).as("restored").isEqualTo(dependents);
                    assertThat(tether.sourceCount(artist)).as("restored").isEqualTo(dependents);
                }
            }
        }
    }

    private static long expectedSum(Discography discography) {
        long sum = 0;
        for (Album album : discography.albums()) {
            sum += album.id();
        }
        return sum;
    }

    @Test
    void manyToManyWorldsAgree() throws SQLException {
        for (int dependents : new int[] {1, 3, 20}) {
            TagCatalog catalog = new TagCatalog(new Shape(40, dependents));
            TetherTags tether = new TetherTags(catalog);
            FloorTags floor = new FloorTags(catalog);
            try (H2Tags h2 = new H2Tags(catalog)) {
                for (int n = 0; n < PROBES; n++) {
                    int i = catalog.nextDraw();
                    long album = catalog.linkedAlbumDraw(i);
                    long tag = catalog.linkedTagDraw(i);
                    assertThat(tether.contains(album, tag)).isTrue();
                    assertThat(floor.contains(album, tag)).isTrue();
                    assertThat(h2.contains(album, tag)).isTrue();
                    long other = catalog.tagDraw(i);
                    assertThat(tether.leftCount(other)).isEqualTo(dependents)
                            .isEqualTo(floor.leftCount(other)).isEqualTo(h2.leftCount(other));
                    assertThat(tether.sumLeftIds(other)).isEqualTo(floor.sumLeftIds(other))
                            .isEqualTo(h2.sumLeftIds(other));
                    long unlinkedAlbum = catalog.unlinkedAlbumDraw(i);
                    long unlinkedTag = catalog.unlinkedTagDraw(i);
                    assertThat(tether.contains(unlinkedAlbum, unlinkedTag)).isFalse();
                    assertThat(floor.contains(unlinkedAlbum, unlinkedTag)).isFalse();
                    assertThat(h2.contains(unlinkedAlbum, unlinkedTag)).isFalse();
                    assertThat(tether.addThenRemove(unlinkedAlbum, unlinkedTag)).isEqualTo(2)
                            .isEqualTo(floor.addThenRemove(unlinkedAlbum, unlinkedTag))
                            .isEqualTo(h2.addThenRemove(unlinkedAlbum, unlinkedTag));
                    assertThat(tether.leftCount(unlinkedTag)).as("unchanged").isEqualTo(dependents);
                    long[] albumTags = catalog.unlinkedAlbumTagDraw(i);
                    assertThat(catalog.unlinkedAlbumRetagDraw(i)).hasSize(albumTags.length + 1)
                            .startsWith(albumTags).endsWith(unlinkedTag);
                    assertThat(tether.setThenRestore(unlinkedAlbum, catalog.unlinkedAlbumRetagDraw(i), albumTags))
                            .isEqualTo(floor.setThenRestore(unlinkedAlbum, catalog.unlinkedAlbumRetagDraw(i),
                                    albumTags))
                            .as("the catalog's tags of the album are the ones loaded").isEqualTo(albumTags.length);
                    for (long albumTag : albumTags) {
                        assertThat(tether.contains(unlinkedAlbum, albumTag)).isTrue();
                        assertThat(floor.contains(unlinkedAlbum, albumTag)).isTrue();
                    }
                    assertThat(tether.contains(unlinkedAlbum, unlinkedTag)).as("restored").isFalse();
                    assertThat(floor.contains(unlinkedAlbum, unlinkedTag)).as("restored").isFalse();
                    assertThat(tether.leftCount(unlinkedTag)).isEqualTo(floor.leftCount(unlinkedTag))
                            .isEqualTo(dependents);
                }
            }
        }
    }

    @Test
    void sizeIsTheDependentRowsSplitOverTargetsAndAtLeastOneTarget() {
        assertThat(Shape.of(1_000_000, 10_000)).isEqualTo(new Shape(100, 10_000));
        assertThat(Shape.of(1000, 10)).isEqualTo(new Shape(100, 10));
        assertThat(Shape.of(1000, 10_000)).isEqualTo(new Shape(1, 10_000));
    }
}
