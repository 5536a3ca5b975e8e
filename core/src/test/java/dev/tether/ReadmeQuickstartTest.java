package dev.tether;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's examples are this test's code: the lines between the markers {@code README:begin}
 * and {@code README:end} of each test below must equal the README's {@code java} blocks, in
 * order, and the assertions after them check what the README claims.
 */
class ReadmeQuickstartTest {
    private static final Path THIS_FILE = Path.of("src/test/java/dev/tether/ReadmeQuickstartTest.java");
    private static final Path README = Path.of("../README.md");

    @Test
    void quickstartRunsAsDocumented() {
        // README:begin
        record User(long id, String username) { }
        record Profile(long id, long userId, String bio) { }

        Schema.Builder schema = Schema.builder();
        TableDef<User> users = schema.table("users", User.class, User::id);
        TableDef<Profile> profiles = schema.table("profiles", Profile.class, Profile::id);
        OneToOneDef<Profile, User> profileUser = schema.oneToOne("profile_user",
                profiles, ForeignKey.required(Profile::userId), users, OnDelete.CASCADE);
        Store store = Store.create(schema.build());

        User anna = store.table(users).insert(id -> new User(id, "anna"));
        Profile hello = store.table(profiles).insert(id -> new Profile(id, anna.id(), "Hello!"));

        OneToOne<Profile, User> profileOfUser = store.relation(profileUser);
        String name = profileOfUser.target(hello).username();     // "anna"   (Django: profile.user)
        String bio = profileOfUser.source(anna.id()).bio();        // "Hello!" (Django: user.profile)

        String refusal = "";
        try {
            store.table(profiles).insert(new Profile(99, anna.id(), "a second profile"));
        } catch (UniqueViolationException e) {
            refusal = e.getMessage();  // "... relation=profile_user targetId=1 existingSourceId=1 rejectedSourceId=99"
        }

        DeleteResult deleted = store.table(users).delete(anna.id()); // total 2: {users=1, profiles=1}
        // README:end

        assertThat(name).isEqualTo("anna");
        assertThat(bio).isEqualTo("Hello!");
        assertThat(refusal).endsWith("relation=profile_user targetId=1 existingSourceId=1 rejectedSourceId=99");
        assertThat(deleted.total()).isEqualTo(2);
        assertThat(deleted.perTable()).isEqualTo(Map.of("users", 1L, "profiles", 1L));
        assertThat(store.table(profiles).size()).isZero();
        store.checkInvariants();
    }

    @Test
    void relationKindsRunAsDocumented() {
        // README:begin
        record Artist(long id, String name) { }
        record Album(long id, long artistId, String title) { }
        record Tag(long id, String label) { }

        Schema.Builder schema = Schema.builder();
        TableDef<Artist> artists = schema.table("artists", Artist.class, Artist::id);
        TableDef<Album> albums = schema.table("albums", Album.class, Album::id);
        TableDef<Tag> tags = schema.table("tags", Tag.class, Tag::id);
        ManyToOneDef<Album, Artist> albumArtist = schema.manyToOne("album_artist",
                albums, ForeignKey.required(Album::artistId), artists, OnDelete.CASCADE);
        ManyToManyDef<Album, Tag> albumTags = schema.manyToMany("album_tags", albums, tags);
        Store store = Store.create(schema.build());

        store.table(artists).insert(new Artist(1, "Nina"));
        store.table(albums).insert(new Album(10, 1, "Pastel Blues"));
        store.table(albums).insert(new Album(11, 1, "Wild Is the Wind"));
        store.table(tags).insert(new Tag(5, "jazz"));
        ManyToMany<Album, Tag> tagsOfAlbum = store.relation(albumTags);
        tagsOfAlbum.add(10, 5);
        tagsOfAlbum.add(11, 5);

        int albumCount = store.relation(albumArtist).sourceCount(1);  // 2 (Django: artist.album_set.count())
        int jazzAlbums = tagsOfAlbum.leftCount(5);                      // 2 (Django: tag.album_set.count())
        DeleteResult deleted = store.table(artists).delete(1);         // {artists=1, albums=2, album_tags=2}
        // README:end

        assertThat(albumCount).isEqualTo(2);
        assertThat(jazzAlbums).isEqualTo(2);
        assertThat(deleted.perTable()).containsExactly(
                Map.entry("artists", 1L), Map.entry("albums", 2L), Map.entry("album_tags", 2L));
        assertThat(deleted.total()).isEqualTo(5);
        assertThat(tagsOfAlbum.leftCount(5)).isZero();
        store.checkInvariants();
    }

    @Test
    void readmeShowsExactlyThisCode() throws IOException {
        String source = Files.readString(THIS_FILE);
        Matcher marked = Pattern.compile("// README:begin\n(.*?)\n\\s*// README:end", Pattern.DOTALL).matcher(source);
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
        int examples = 0;
        while (marked.find()) {
            assertThat(block.find()).as("README has a java block for example " + examples).isTrue();
            assertThat(dedent(block.group(1))).as("example " + examples).isEqualTo(dedent(marked.group(1)));
            examples++;
        }
        assertThat(examples).isEqualTo(2);
        assertThat(block.find()).as("README has no untested java block").isFalse();
    }

    private static List<String> dedent(String code) {
        List<String> lines = code.lines().collect(Collectors.toList());
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.toList());
    }
}
