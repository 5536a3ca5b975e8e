package dev.tether.bench.userprofile;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A JMH state holding one loaded user/profile world of one implementation and shape, built once
 * per trial with {@code size} pairs (see {@link UserProfileData#forBenchmark}), and the keys the
 * benchmark walks. Shared by every benchmark thread. A benchmark method takes only the states it
 * uses, so JMH builds only those: a Tether benchmark never pays for an H2 load. The concrete
 * states are in {@link WorldStates}.
 *
 * @param <S> the implementation
 */
@State(Scope.Benchmark)
public abstract class WorldState<S extends UserProfileStore> {
    /** The number of user/profile pairs. */
    @Param({"10000", "1000000"})
    public int size;

    private final Shape shape;
    private final StoreFactory<S> factory;
    private UserProfileWorld<S> world;
    private S store;
    private Keys keys;

    /**
     * @param shape the schema
     * @param factory opens the implementation's empty store
     */
    protected WorldState(Shape shape, StoreFactory<S> factory) {
        this.shape = shape;
        this.factory = factory;
    }

    /** Builds the data, loads the store, draws the keys. */
    @Setup(Level.Trial)
    public void open() {
        UserProfileData data = UserProfileData.forBenchmark(size, shape);
        world = new UserProfileWorld<>(data, factory.open(shape, data));
        store = world.store();
        keys = new Keys(data);
    }

    /** Closes the store. */
    @TearDown(Level.Trial)
    public void close() {
        world.close();
    }

    /** @return the loaded store, for reads */
    public S store() {
        return store;
    }

    /** @return the world, for the composed write operations */
    public UserProfileWorld<S> world() {
        return world;
    }

    /**
     * @param cursor the calling thread's cursor, advanced by one
     * @return the id of a user that has a profile
     */
    public long userKey(Cursor cursor) {
        return keys.user(cursor.next());
    }

    /**
     * @param cursor the calling thread's cursor, advanced by one
     * @return the id of a stored profile
     */
    public long profileKey(Cursor cursor) {
        return keys.profile(cursor.next());
    }

    /**
     * @param cursor the calling thread's cursor, advanced by one
     * @return the id of a user without a profile
     */
    public long loneUserKey(Cursor cursor) {
        return keys.loneUser(cursor.next());
    }

    /**
     * @param cursor the calling thread's cursor, advanced by one
     * @return a pair index
     */
    public int pairIndex(Cursor cursor) {
        return keys.pair(cursor.next());
    }

    /**
     * @param cursor the calling thread's cursor, advanced by one
     * @return a lone index
     */
    public int loneIndex(Cursor cursor) {
        return keys.lone(cursor.next());
    }
}
