package dev.tether.concurrency;

import dev.tether.OnDelete;
import dev.tether.fixtures.Chain;
import dev.tether.fixtures.Profile;
import dev.tether.fixtures.User;
import org.jetbrains.lincheck.datastructures.LongGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;

/**
 * The read operations both Lincheck tests check, on a User, Profile, Avatar chain (CASCADE):
 * user {@code n} has profile {@code 10 n} and avatar {@code 100 n}. Each is one public call, so
 * one linearizable step: a composite of two reads would not be, and is not what the store
 * promises. Subclasses declare the {@code @Validate} method (Lincheck allows one per class
 * hierarchy): the store's invariant checker after each invocation.
 */
@Param(name = "user", gen = LongGen.class, conf = "1:3")
abstract class ChainReads {
    final Chain chain = new Chain(OnDelete.CASCADE);

    /** Reads a user row (one optimistic probe). */
    @Operation
    public User user(@Param(name = "user") long n) {
        return chain.users.getOrNull(n);
    }

    /** Forward direction: the profile row, whose key is the link to its user. */
    @Operation
    public Profile forward(@Param(name = "user") long n) {
        return chain.profiles.getOrNull(10 * n);
    }

    /** Reverse direction: the profile pointing at user {@code n} (index probe, then row probe). */
    @Operation
    public Profile reverse(@Param(name = "user") long n) {
        return chain.profileUser.sourceOrNull(n);
    }

    /** Reverse direction one level down: the id of the avatar of profile {@code 10 n}. */
    @Operation
    public long avatarOf(@Param(name = "user") long n) {
        return chain.avatarProfile.sourceId(10 * n);
    }
}
