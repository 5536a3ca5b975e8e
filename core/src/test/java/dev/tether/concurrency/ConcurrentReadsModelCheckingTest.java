package dev.tether.concurrency;

import dev.tether.Ids;
import dev.tether.fixtures.User;
import org.jetbrains.lincheck.datastructures.ManagedStrategyGuaranteeKt;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Validate;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, proof 1, the model checker's part: Lincheck explores the interleavings of optimistic
 * reads and read-locked iterations (nested ones too) on a store holding two whole persons and
 * a lone user, switching threads at every access of the store's own code and every lock
 * operation. A read that blocked another read would be reported as a hung execution, a result no
 * sequential run gives as a linearizability failure. Writes are not here: one blocking on the
 * {@code StampedLock} parks its native thread, which Lincheck 3.7 does not model (see
 * {@link StoreLinearizabilityTest}, which covers writes in stress mode).
 *
 * <p>Eclipse Collections' and {@code java.util}'s sequential collections are treated as atomic:
 * switching inside their probe loops multiplies the schedules by hundreds, and under the model
 * checker's sequentially consistent memory adds nothing; torn map reads are
 * {@code OptimisticReadStress}'s subject (jcstress, the real memory model).
 */
public class ConcurrentReadsModelCheckingTest extends ChainReads {
    public ConcurrentReadsModelCheckingTest() {
        chain.person(1);
        chain.person(2);
        chain.users.insert(new User(3, "lone"));
    }

    @Operation
    public int users() {
        return chain.users.size();
    }

    /** An iteration, and inside it a nested one and optimistic reads: the read lock, shared. */
    @Operation
    public long profilesOfIteratedUsers() {
        long[] found = {0};
        chain.users.forEachId(id -> {
            chain.profiles.forEach(profile -> found[0] += profile.userId() == id ? 1 : 0);
            found[0] += chain.profileUser.sourceId(id) != Ids.NONE ? 100 : 0;
        });
        return found[0];
    }

    @Validate
    public void invariants() {
        chain.store.checkInvariants();
    }

    @Test
    void modelChecking() {
        new ModelCheckingOptions()
                .iterations(Integer.getInteger("tether.lincheck.iterations", 10))
                .invocationsPerIteration(Integer.getInteger("tether.lincheck.invocations", 100))
                .addGuarantee(ManagedStrategyGuaranteeKt
                        .forClasses(ConcurrentReadsModelCheckingTest::isSequentialLibrary)
                        .allMethods()
                        .treatAsAtomic())
                .threads(3)
                .actorsPerThread(2)
                .actorsBefore(0)
                .actorsAfter(0)
                .check(ConcurrentReadsModelCheckingTest.class);
    }

    private static boolean isSequentialLibrary(String className) {
        return className.startsWith("org.eclipse.collections.")
                || className.startsWith("java.util.") && !className.startsWith("java.util.concurrent.");
    }
}
