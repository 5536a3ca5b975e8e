package dev.tether.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tether.OnDelete;
import dev.tether.TetherException;
import dev.tether.fixtures.Avatar;
import dev.tether.fixtures.Chain;
import dev.tether.fixtures.Profile;
import dev.tether.fixtures.User;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, proof 2: reader and writer threads hammer one User, Profile, Avatar store (CASCADE at
 * both levels) for {@code -Dtether.stress.seconds} (3 by default). Readers check every single
 * read (optimistic, validated) and, now and then, a whole snapshot taken inside an iteration.
 * Every write is replayed at once on a single-threaded model store, and the outcomes must agree;
 * at the end the store's rows must equal the models' rows and its invariants must hold.
 *
 * <p>Key families (user n has profile 10 n and avatar 100 n):
 * <ul>
 *   <li>stable persons 1 to 8: written once before the threads start, so a reader must always
 *       find them, while the churn around them makes the maps rehash under its probes;</li>
 *   <li>owned persons: a range per writer, written by single writes and small transactions in
 *       any state (lone users, profiles moved between users, cascades); the writer's own model
 *       replays each write in program order (the ranges are disjoint, so writes commute);</li>
 *   <li>shared persons 1001 to 1016: written by every writer, only by transactions that keep
 *       each person whole (create all three rows, delete the user with its cascade, swap two
 *       users' profiles); the shared model replays each one inside the store's write lock, so
 *       in the store's serial order;</li>
 *   <li>aborted users 9001 to 9004: only written by transactions that then throw, so never seen.</li>
 * </ul>
 */
class ConcurrentStressTest {
    private static final long SECONDS = Long.getLong("tether.stress.seconds", 3);
    private static final int READERS = 3;
    private static final int WRITERS = 2;
    private static final long STABLE = 8;
    private static final long OWNED = 40;
    private static final long SHARED_FIRST = 1001;
    private static final long SHARED = 16;
    private static final long SWAP_SPARE = 1999;
    private static final long ABORTED_FIRST = 9001;
    private static final long ABORTED = 4;

    private final Chain chain = new Chain(OnDelete.CASCADE);
    private final Chain sharedModel = new Chain(OnDelete.CASCADE);
    private final Queue<String> violations = new ConcurrentLinkedQueue<>();
    private final LongAdder reads = new LongAdder();
    private final LongAdder snapshots = new LongAdder();
    private final LongAdder writes = new LongAdder();
    private final LongAdder refused = new LongAdder();

    private static final class Aborted extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** One write, applied the same way to the store and to a model. */
    private enum Kind {
        INSERT_USER {
            @Override
            void apply(Chain c, long n, long m) {
                c.users.insert(new User(n, "user" + n));
            }
        },
        INSERT_PROFILE {
            @Override
            void apply(Chain c, long n, long m) {
                c.profiles.insert(new Profile(10 * n, m, "bio" + n));
            }
        },
        INSERT_AVATAR {
            @Override
            void apply(Chain c, long n, long m) {
                c.avatars.insert(new Avatar(100 * n, 10 * n, "url" + n));
            }
        },
        MOVE_PROFILE {
            @Override
            void apply(Chain c, long n, long m) {
                c.profiles.update(new Profile(10 * n, m, "moved"));
            }
        },
        DELETE_USER {
            @Override
            void apply(Chain c, long n, long m) {
                c.users.delete(n);
            }
        },
        DELETE_PROFILE {
            @Override
            void apply(Chain c, long n, long m) {
                c.profiles.delete(10 * n);
            }
        },
        PERSON {
            @Override
            void apply(Chain c, long n, long m) {
                c.store.transaction(store -> {
                    c.person(n);
                    return null;
                });
            }
        },
        /** Swaps the profiles of users n and m through a spare user, in one transaction. */
        SWAP {
            @Override
            void apply(Chain c, long n, long m) {
                c.store.transaction(store -> {
                    Profile ofN = c.profileUser.source(n);
                    Profile ofM = c.profileUser.source(m);
                    c.users.insert(new User(SWAP_SPARE, "spare"));
                    c.profiles.update(ofN.withUserId(SWAP_SPARE));
                    c.profiles.update(ofM.withUserId(n));
                    c.profiles.update(ofN.withUserId(m));
                    c.users.delete(SWAP_SPARE);
                    return null;
                });
            }
        },
        /** Writes a user that readers must never see, and a profile move, then throws. */
        ABORT {
            @Override
            void apply(Chain c, long n, long m) {
                c.store.transaction(store -> {
                    c.users.insert(new User(ABORTED_FIRST + m % ABORTED, "uncommitted"));
                    c.users.delete(n);
                    throw new Aborted();
                });
            }
        };

        abstract void apply(Chain c, long n, long m);

        String outcome(Chain c, long n, long m) {
            try {
                apply(c, n, m);
                return "ok";
            } catch (TetherException refused) {
                return refused.getClass().getSimpleName();
            } catch (Aborted aborted) {
                return "aborted";
            }
        }
    }

    @Test
    void readersSeeOnlyWholeOperationsAndTheStoreMatchesItsSequentialModels() throws Exception {
        for (long n = 1; n <= STABLE; n++) {
            chain.person(n);
        }
        List<Chain> ownedModels = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        for (int w = 0; w < WRITERS; w++) {
            Chain model = new Chain(OnDelete.CASCADE);
            ownedModels.add(model);
            long first = 100L * (w + 1) + 1;
            threads.add(thread("writer-" + w, () -> write(model, first, deadline)));
        }
        for (int r = 0; r < READERS; r++) {
            threads.add(thread("reader-" + r, () -> read(deadline)));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(SECONDS + 60));
            assertThat(t.isAlive()).as("%s finished", t.getName()).isFalse();
        }
        System.out.printf("ConcurrentStressTest: seconds=%d reads=%d snapshots=%d writes=%d refused=%d%n", SECONDS,
                reads.sum(), snapshots.sum(), writes.sum(), refused.sum());
        assertThat(violations).isEmpty();
        assertThat(snapshots.sum()).as("snapshots checked").isPositive();
        assertThat(writes.sum() - refused.sum()).as("writes that changed the store").isPositive();
        chain.store.checkInvariants();
        assertThat(rows(List.of(chain))).isEqualTo(expectedRows(ownedModels));
    }

    private Thread thread(String name, Runnable body) {
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (RuntimeException | Error unexpected) {
                violations.add(name + " threw " + unexpected);
            }
        }, name);
        t.setDaemon(true);
        return t;
    }

    private void write(Chain ownModel, long first, long deadline) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Kind[] kinds = Kind.values();
        while (System.nanoTime() < deadline && violations.isEmpty()) {
            if (random.nextInt(4) == 0) {
                writeShared(random);
            } else {
                Kind kind = kinds[random.nextInt(kinds.length)];
                long n = first + random.nextLong(OWNED);
                long m = first + random.nextLong(OWNED);
                writeAndReplay(kind, n, m, ownModel);
            }
        }
    }

    /** A write that keeps shared persons whole, replayed on the shared model under the store's write lock. */
    private void writeShared(ThreadLocalRandom random) {
        Kind kind = switch (random.nextInt(4)) {
            case 0 -> Kind.PERSON;
            case 1 -> Kind.DELETE_USER;
            case 2 -> Kind.SWAP;
            default -> Kind.ABORT;
        };
        long n = SHARED_FIRST + random.nextLong(SHARED);
        long m = SHARED_FIRST + random.nextLong(SHARED);
        chain.store.transaction(store -> {
            writeAndReplay(kind, n, m, sharedModel);
            return null;
        });
    }

    /** Applies one write to the store, then to the model, and compares their outcomes. */
    private void writeAndReplay(Kind kind, long n, long m, Chain model) {
        String real = kind.outcome(chain, n, m);
        String replayed = kind.outcome(model, n, m);
        writes.increment();
        if (!real.equals("ok")) {
            refused.increment();
        }
        if (!real.equals(replayed)) {
            violations.add("write disagrees with its model: kind=" + kind + " n=" + n + " m=" + m + " store=" + real
                    + " model=" + replayed);
        }
    }

    private void read(long deadline) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long round = 0;
        while (System.nanoTime() < deadline && violations.isEmpty()) {
            checkStable(1 + random.nextLong(STABLE));
            long[] families = {101, 201, SHARED_FIRST};
            long family = families[random.nextInt(families.length)];
            checkAny(family + random.nextLong(family == SHARED_FIRST ? SHARED : OWNED));
            long aborted = ABORTED_FIRST + random.nextLong(ABORTED);
            check(chain.users.getOrNull(aborted) == null, "uncommitted user seen: user=" + aborted);
            reads.increment();
            if (++round % 64 == 0) {
                chain.users.forEachId(id -> {
                    if (id == 1) {
                        checkSnapshot();
                    }
                });
                snapshots.increment();
            }
        }
    }

    /** A stable person is always there, whole, in every direction, whatever the maps are doing. */
    private void checkStable(long n) {
        check(new User(n, "user" + n).equals(chain.users.getOrNull(n)), "stable user missing: user=" + n);
        check(chain.users.contains(n), "stable user not contained: user=" + n);
        check(new Profile(10 * n, n, "bio" + n).equals(chain.profileUser.sourceOrNull(n)),
                "stable profile missing by reverse lookup: user=" + n);
        check(chain.profileUser.sourceId(n) == 10 * n, "stable profile id missing: user=" + n);
        check(chain.avatarProfile.sourceOrNull(10 * n) != null, "stable avatar missing: profile=" + 10 * n);
        check(chain.profiles.contains(10 * n), "stable profile not contained: profile=" + 10 * n);
    }

    /** Any single read returns a row under the id asked for, and a reverse lookup a row pointing back. */
    private void checkAny(long n) {
        User user = chain.users.getOrNull(n);
        check(user == null || user.id() == n, "user under another id: id=" + n + " row=" + user);
        Profile byReverse = chain.profileUser.sourceOrNull(n);
        check(byReverse == null || byReverse.userId() == n, "reverse disagrees with forward: user=" + n
                + " profile=" + byReverse);
        Avatar avatar = chain.avatarProfile.sourceOrNull(10 * n);
        check(avatar == null || avatar.profileId() == 10 * n, "reverse disagrees with forward: profile=" + 10 * n
                + " avatar=" + avatar);
        Profile profile = chain.profiles.getOrNull(10 * n);
        check(profile == null || profile.id() == 10 * n, "profile under another id: id=" + 10 * n + " row=" + profile);
    }

    /** Inside an iteration the view is one state: counts, links and whole shared persons all agree. */
    private void checkSnapshot() {
        int[] counted = new int[3];
        chain.users.forEach(user -> counted[0]++);
        chain.profiles.forEach(profile -> {
            counted[1]++;
            check(chain.users.contains(profile.userId()), "link without its row: profile=" + profile);
            check(profile.equals(chain.profileUser.sourceOrNull(profile.userId())),
                    "reverse disagrees with forward in a snapshot: profile=" + profile);
        });
        chain.avatars.forEach(avatar -> {
            counted[2]++;
            check(chain.profiles.contains(avatar.profileId()), "link without its row: avatar=" + avatar);
            check(chain.avatarProfile.sourceId(avatar.profileId()) == avatar.id(),
                    "reverse disagrees with forward in a snapshot: avatar=" + avatar);
        });
        check(counted[0] == chain.users.size() && counted[1] == chain.profiles.size()
                && counted[2] == chain.avatars.size(), "counts disagree with iteration: counted=" + counted[0] + ","
                + counted[1] + "," + counted[2] + " sizes=" + chain.users.size() + "," + chain.profiles.size() + ","
                + chain.avatars.size());
        for (long n = SHARED_FIRST; n < SHARED_FIRST + SHARED; n++) {
            boolean user = chain.users.contains(n);
            Profile profile = chain.profileUser.sourceOrNull(n);
            boolean avatar = profile != null && chain.avatarProfile.sourceOrNull(profile.id()) != null;
            check(user == (profile != null) && user == avatar, "half a shared person: user=" + n + " present="
                    + user + " profile=" + profile + " avatar=" + avatar);
        }
        check(!chain.users.contains(SWAP_SPARE), "a transaction's spare user seen: user=" + SWAP_SPARE);
    }

    private void check(boolean holds, String violation) {
        if (!holds) {
            violations.add(Thread.currentThread().getName() + ": " + violation);
        }
    }

    /** The rows the store must hold: the stable persons, every writer's owned model, the shared model. */
    private Set<Object> expectedRows(List<Chain> ownedModels) {
        Chain stable = new Chain(OnDelete.CASCADE);
        for (long n = 1; n <= STABLE; n++) {
            stable.person(n);
        }
        List<Chain> models = new ArrayList<>(ownedModels);
        models.add(stable);
        models.add(sharedModel);
        return rows(models);
    }

    private static Set<Object> rows(List<Chain> chains) {
        Set<Object> rows = new HashSet<>();
        for (Chain c : chains) {
            c.users.forEach(rows::add);
            c.profiles.forEach(rows::add);
            c.avatars.forEach(rows::add);
        }
        return rows;
    }
}
