package dev.tether;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tether.fixtures.User;
import org.junit.jupiter.api.Test;

/** Issue 2, point 7: a table whose id is its target's id (Django primary_key=True, JPA @MapsId). */
class SharedPrimaryKeyTest {
    record Settings(long userId, String theme) {
    }

    private final Schema.Builder b = Schema.builder();
    private final TableDef<User> userDef = b.table("users", User.class, User::id);
    private final TableDef<Settings> settingsDef = b.table("settings", Settings.class, Settings::userId);

    private Store open(OnDelete onDelete) {
        b.sharedPrimaryKey("settings_user", settingsDef, userDef, onDelete);
        return Store.create(b.build());
    }

    @Test
    void bothDirectionsWithoutAnIndex() {
        Store store = open(OnDelete.CASCADE);
        Table<User> users = store.table(userDef);
        Table<Settings> settings = store.table(settingsDef);
        users.insert(new User(7, "anna"));
        Settings s = settings.insert(new Settings(7, "dark"));
        OneToOne<?, ?> rel = (OneToOne<?, ?>) store.relation("settings_user");
        assertThat(rel.def().isSharedPrimaryKey()).isTrue();
        assertThat(rel.sourceOrNull(7)).isSameAs(s);
        assertThat(rel.sourceId(7)).isEqualTo(7);
        assertThat(rel.sourceId(8)).isEqualTo(Ids.NONE);
        @SuppressWarnings("unchecked")
        OneToOne<Settings, User> typed = (OneToOne<Settings, User>) rel;
        assertThat(typed.target(s).username()).isEqualTo("anna");
        assertThatThrownBy(() -> typed.source(8)).isInstanceOf(RelatedRowDoesNotExistException.class);
        store.checkInvariants();
    }

    @Test
    void theTargetMustExistAndUniquenessIsTheIdItself() {
        Store store = open(OnDelete.CASCADE);
        Table<Settings> settings = store.table(settingsDef);
        assertThatThrownBy(() -> settings.insert(new Settings(7, "dark")))
                .isInstanceOf(MissingTargetException.class).hasMessageContaining("relation=settings_user sourceId=7");
        store.table(userDef).insert(new User(7, "anna"));
        settings.insert(new Settings(7, "dark"));
        assertThatThrownBy(() -> settings.insert(new Settings(7, "light"))).isInstanceOf(DuplicateIdException.class);
        assertThat(settings.update(new Settings(7, "light")).theme()).isEqualTo("dark");
    }

    @Test
    void deletingTheTargetCascades() {
        Store store = open(OnDelete.CASCADE);
        store.table(userDef).insert(new User(7, "anna"));
        store.table(settingsDef).insert(new Settings(7, "dark"));
        DeleteResult r = store.table(userDef).delete(7);
        assertThat(r.total()).isEqualTo(2);
        assertThat(store.table(settingsDef).size()).isZero();
        store.checkInvariants();
    }

    @Test
    void deletingTheTargetIsProtected() {
        Store store = open(OnDelete.PROTECT);
        store.table(userDef).insert(new User(7, "anna"));
        store.table(settingsDef).insert(new Settings(7, "dark"));
        assertThatThrownBy(() -> store.table(userDef).delete(7))
                .isInstanceOfSatisfying(ProtectedException.class, e ->
                        assertThat(e.blockingRows()).containsExactly(new RowRef("settings_user", "settings", 7)));
        assertThat(store.table(userDef).contains(7)).isTrue();
    }
}
