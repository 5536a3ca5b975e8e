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
 * The README's quickstart is this test's code: the lines between the markers below must equal
 * the README's first {@code java} block, and the assertions after them check what it claims.
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
    void readmeShowsExactlyThisCode() throws IOException {
        String source = Files.readString(THIS_FILE);
        String marked = source.substring(source.indexOf("// README:begin\n") + "// README:begin\n".length(),
                source.indexOf("        // README:end"));
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
        assertThat(block.find()).as("README has a java block").isTrue();
        assertThat(dedent(block.group(1))).isEqualTo(dedent(marked));
    }

    private static List<String> dedent(String code) {
        List<String> lines = code.lines().collect(Collectors.toList());
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.toList());
    }
}
