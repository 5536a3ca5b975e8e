package dev.tether.concurrency;

import dev.tether.TetherException;
import dev.tether.fixtures.Avatar;
import dev.tether.fixtures.Profile;
import dev.tether.fixtures.User;
import java.util.function.Supplier;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.jetbrains.lincheck.datastructures.Validate;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, proof 1: Lincheck's stress mode checks that every concurrent history of the store's
 * operations, run on real threads, is linearizable, that is, explained by some sequential
 * history of the same store run on one thread (Lincheck's default sequential specification is
 * the tested class itself). Lincheck's model checker cannot run these scenarios: a thread that
 * blocks in the {@code StampedLock} (a write waiting for a reader, a reader waiting for a
 * write) parks its native thread, which Lincheck 3.7 does not model (JetBrains/lincheck#167), so
 * it reports the execution as hung. {@link ConcurrentReadsModelCheckingTest} model-checks the
 * part that never blocks: reads and iterations against each other.
 *
 * <p>The key space is three users, their profiles and avatars ({@link ChainReads}), so that
 * operations collide. Every write is one public call or one transaction; writes that the store
 * refuses return the exception's simple name, which the sequential run must reproduce.
 */
public class StoreLinearizabilityTest extends ChainReads {
    private static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Whether profile {@code 10 n} exists. */
    @Operation
    public boolean containsProfile(@Param(name = "user") long n) {
        return chain.profiles.contains(10 * n);
    }

    @Operation
    public String insertUser(@Param(name = "user") long n) {
        return outcome(() -> chain.users.insert(new User(n, "user")));
    }

    /** Inserts profile {@code 10 n} for user {@code owner}. */
    @Operation
    public String insertProfile(@Param(name = "user") long n, @Param(name = "user") long owner) {
        return outcome(() -> chain.profiles.insert(new Profile(10 * n, owner, "bio")));
    }

    @Operation
    public String insertAvatar(@Param(name = "user") long n) {
        return outcome(() -> chain.avatars.insert(new Avatar(100 * n, 10 * n, "url")));
    }

    /** Moves profile {@code 10 n} to user {@code owner}: the link leaves one user for another. */
    @Operation
    public String moveProfile(@Param(name = "user") long n, @Param(name = "user") long owner) {
        return outcome(() -> chain.profiles.update(new Profile(10 * n, owner, "moved")));
    }

    /** Deletes user {@code n} and, by CASCADE, the profile and avatar hanging from it. */
    @Operation
    public String deleteUser(@Param(name = "user") long n) {
        return outcome(() -> chain.users.delete(n).total());
    }

    /** One transaction: user, profile and avatar of {@code n}, all or nothing. */
    @Operation
    public String person(@Param(name = "user") long n) {
        return outcome(() -> chain.store.transaction(store -> {
            chain.person(n);
            return n;
        }));
    }

    /** A transaction that writes, then throws: no reader may ever see its rows. */
    @Operation
    public String aborted(@Param(name = "user") long n) {
        return outcome(() -> chain.store.transaction(store -> {
            chain.users.insert(new User(n + 10, "uncommitted"));
            chain.profiles.update(new Profile(10 * n, n + 10, "uncommitted"));
            throw new Abort();
        }));
    }

    /**
     * Makes room in every table for more rows than it holds: the tables' maps and the
     * one-to-one indexes are replaced by bigger copies while readers probe the old ones.
     */
    @Operation
    public String resize(@Param(name = "user") long n) {
        int rows = (int) (16L << n);
        return outcome(() -> {
            chain.users.ensureCapacity(rows);
            chain.profiles.ensureCapacity(rows);
            chain.avatars.ensureCapacity(rows);
            return rows;
        });
    }

    /** A user id that only {@link #aborted} ever writes; always null. */
    @Operation
    public User uncommitted(@Param(name = "user") long n) {
        return chain.users.getOrNull(n + 10);
    }

    @Validate
    public void invariants() {
        chain.store.checkInvariants();
    }

    private static String outcome(Supplier<?> write) {
        try {
            write.get();
            return "ok";
        } catch (TetherException | Abort refused) {
            return refused.getClass().getSimpleName();
        }
    }

    /** Real threads, the real memory model and the optimistic reads' plain loads. */
    @Test
    void stress() {
        new StressOptions()
                .iterations(Integer.getInteger("tether.lincheck.iterations", 20))
                .invocationsPerIteration(Integer.getInteger("tether.lincheck.invocations", 1_000))
                .threads(3)
                .actorsPerThread(3)
                .actorsBefore(2)
                .actorsAfter(1)
                .check(StoreLinearizabilityTest.class);
    }
}
