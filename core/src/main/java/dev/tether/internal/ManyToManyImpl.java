package dev.tether.internal;

import dev.tether.DuplicateLinkException;
import dev.tether.Ids;
import dev.tether.ManyToMany;
import dev.tether.ManyToManyDef;
import dev.tether.MissingTargetException;
import dev.tether.NoSuchRowException;
import dev.tether.UnsupportedWriteException;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * One many-to-many relation: the (left, right) pairs in both directions, each a
 * {@link LongMultimap}, so a row with one link costs one map entry per direction and a row with
 * millions is iterated in place.
 *
 * <h2>Design</h2>
 * An implicit relation owns its links: {@link #add}, {@link #remove}, {@link #set} and
 * {@link #clear} write them, and deleting a row on either side removes its links (the delete plan
 * calls {@link #removeLinksOf}). A relation with a through table derives its links from the
 * through rows: the through table calls {@link #checkThroughRow} before it inserts or updates a
 * row, and {@link #throughLinked}/{@link #throughUnlinked} after; the through table's own
 * many-to-one relations carry the on-delete rules. Its pair keys are never rewritten by a delete
 * (the schema refuses SET_NULL and SET_DEFAULT on them), so a pair only appears or disappears
 * with an insert, update or delete of its through row.
 *
 * <h2>Invariants</h2>
 * Checked by {@link InvariantChecker}; M1 to M6 ({@link LongMultimap}) hold for both maps.
 * <ol>
 *   <li>L1 (both directions agree): {@code backward} holds (r, l) exactly when {@code forward}
 *       holds (l, r).</li>
 *   <li>L2 (no dangling link): every link's left id is a row of the left table and its right id
 *       a row of the right table.</li>
 *   <li>L3 (through table): the links are exactly the (left key, right key) pairs of the through
 *       rows whose keys are both set, and no two through rows share a pair.</li>
 * </ol>
 *
 * <p>Public only because the sealed API class must name it in its {@code permits} clause; the
 * package is not exported, and the constructor is package-private.
 */
public final class ManyToManyImpl<L, R> extends ManyToMany<L, R> {
    private final ManyToManyDef<L, R> def;
    private final String name;
    private final TableImpl<L> left;
    private final TableImpl<R> right;
    private final StoreLock lock;
    private final Journal journal;
    /** Null for an implicit relation. */
    private final KeyRelation<?, L> toLeft;
    private final KeyRelation<?, R> toRight;
    private final LongMultimap forward = new LongMultimap();
    private final LongMultimap backward = new LongMultimap();

    ManyToManyImpl(ManyToManyDef<L, R> def, TableImpl<L> left, TableImpl<R> right, StoreLock lock, Journal journal,
                   KeyRelation<?, L> toLeft, KeyRelation<?, R> toRight) {
        this.def = def;
        this.name = def.name();
        this.left = left;
        this.right = right;
        this.lock = lock;
        this.journal = journal;
        this.toLeft = toLeft;
        this.toRight = toRight;
    }

    @Override
    public ManyToManyDef<L, R> def() {
        return def;
    }

    @Override
    public boolean add(long leftId, long rightId) {
        requireImplicit("add");
        long stamp = lock.beginWrite("add", name);
        try {
            requireLeft(leftId);
            requireRight(leftId, rightId);
            return link(leftId, rightId);
        } finally {
            lock.endWrite(stamp);
        }
    }

    @Override
    public boolean remove(long leftId, long rightId) {
        requireImplicit("remove");
        long stamp = lock.beginWrite("remove", name);
        try {
            return unlink(leftId, rightId);
        } finally {
            lock.endWrite(stamp);
        }
    }

    @Override
    public void set(long leftId, long... rightIds) {
        requireImplicit("set");
        long stamp = lock.beginWrite("set", name);
        try {
            requireLeft(leftId);
            for (long rightId : rightIds) {
                requireRight(leftId, rightId);
            }
            long[] wanted = rightIds.clone();
            Arrays.sort(wanted);
            for (long current : forward.values(leftId)) {
                if (Arrays.binarySearch(wanted, current) < 0) {
                    unlink(leftId, current);
                }
            }
            for (long rightId : wanted) {
                link(leftId, rightId);
            }
        } finally {
            lock.endWrite(stamp);
        }
    }

    @Override
    public int clear(long leftId) {
        requireImplicit("clear");
        long stamp = lock.beginWrite("clear", name);
        try {
            long[] rights = forward.values(leftId);
            for (long rightId : rights) {
                unlink(leftId, rightId);
            }
            return rights.length;
        } finally {
            lock.endWrite(stamp);
        }
    }

    @Override
    public boolean contains(long leftId, long rightId) {
        return MultimapReads.contains(lock, forward, leftId, rightId);
    }

    @Override
    public int rightCount(long leftId) {
        return MultimapReads.count(lock, forward, leftId);
    }

    @Override
    public int leftCount(long rightId) {
        return MultimapReads.count(lock, backward, rightId);
    }

    @Override
    public void forEachRightId(long leftId, LongConsumer action) {
        iterate(forward, leftId, action);
    }

    @Override
    public void forEachLeftId(long rightId, LongConsumer action) {
        iterate(backward, rightId, action);
    }

    private void iterate(LongMultimap map, long key, LongConsumer action) {
        Objects.requireNonNull(action, "action");
        lock.iterate(() -> map.forEach(key, action));
    }

    private void requireImplicit(String operation) {
        if (toLeft != null) {
            throw new UnsupportedWriteException("links of a relation with a through table are its rows: relation="
                    + name + " operation=" + operation + " throughTable=" + toLeft.sourceTable().name()
                    + " (insert or delete through rows instead)");
        }
    }

    private void requireLeft(long leftId) {
        if (left.row(leftId) == null) {
            throw new NoSuchRowException(left.name(), leftId);
        }
    }

    private void requireRight(long leftId, long rightId) {
        if (right.row(rightId) == null) {
            throw new MissingTargetException(name, right.name(), leftId, rightId);
        }
    }

    /** Adds the pair in both directions (write lock held), journaled; false if present. */
    private boolean link(long leftId, long rightId) {
        if (!forward.put(leftId, rightId)) {
            return false;
        }
        backward.put(rightId, leftId);
        if (journal.recording()) {
            journal.record(() -> {
                forward.remove(leftId, rightId);
                backward.remove(rightId, leftId);
            });
        }
        return true;
    }

    /** Removes the pair in both directions (write lock held), journaled; false if absent. */
    private boolean unlink(long leftId, long rightId) {
        if (!forward.remove(leftId, rightId)) {
            return false;
        }
        backward.remove(rightId, leftId);
        if (journal.recording()) {
            journal.record(() -> {
                forward.put(leftId, rightId);
                backward.put(rightId, leftId);
            });
        }
        return true;
    }

    String name() {
        return name;
    }

    boolean isImplicit() {
        return toLeft == null;
    }

    TableImpl<L> leftTable() {
        return left;
    }

    TableImpl<R> rightTable() {
        return right;
    }

    /** The through table; only for a relation that has one. */
    TableImpl<?> throughTable() {
        return toLeft.sourceTable();
    }

    /** Removes every implicit link of row {@code id} of {@code table}; returns how many. */
    long removeLinksOf(TableImpl<?> table, long id) {
        long removed = 0;
        if (table == left) {
            for (long rightId : forward.values(id)) {
                removed += unlink(id, rightId) ? 1 : 0;
            }
        }
        if (table == right) {
            for (long leftId : backward.values(id)) {
                removed += unlink(leftId, id) ? 1 : 0;
            }
        }
        return removed;
    }

    /**
     * Checks that through row {@code throughId}, as {@code row}, links a pair no other through
     * row links. {@code previous} is the row it replaces, or null for an insert. Changes nothing.
     */
    void checkThroughRow(long throughId, Object row, Object previous) {
        long leftId = toLeft.keyOf(row);
        long rightId = toRight.keyOf(row);
        if (leftId == Ids.NONE || rightId == Ids.NONE) {
            return;
        }
        if (previous != null && toLeft.keyOf(previous) == leftId && toRight.keyOf(previous) == rightId) {
            return;
        }
        if (forward.contains(leftId, rightId)) {
            throw new DuplicateLinkException(name, leftId, rightId, throughRowOf(leftId, rightId), throughId);
        }
    }

    /** The through row linking the pair; a scan of the left row's through rows, for error messages only. */
    private long throughRowOf(long leftId, long rightId) {
        long[] found = {Ids.NONE};
        toLeft.visitDependents(leftId, (relation, throughId) -> {
            if (toRight.keyOf(toLeft.sourceTable().row(throughId)) == rightId) {
                found[0] = throughId;
            }
        });
        return found[0];
    }

    void throughLinked(Object row) {
        long leftId = toLeft.keyOf(row);
        long rightId = toRight.keyOf(row);
        if (leftId != Ids.NONE && rightId != Ids.NONE) {
            link(leftId, rightId);
        }
    }

    void throughUnlinked(Object row) {
        long leftId = toLeft.keyOf(row);
        long rightId = toRight.keyOf(row);
        if (leftId != Ids.NONE && rightId != Ids.NONE) {
            unlink(leftId, rightId);
        }
    }

    /** A description of the first broken invariant (L1 to L3, M1 to M6), or null. */
    String checkInvariants() {
        String broken = forward.checkInvariants();
        if (broken == null) {
            broken = backward.checkInvariants();
        }
        if (broken != null) {
            return broken;
        }
        if (forward.pairCount() != backward.pairCount()) {
            return "L1 directions differ in size: relation=" + name + " forward=" + forward.pairCount()
                    + " backward=" + backward.pairCount();
        }
        String[] first = {null};
        forward.forEachPair((leftId, rightId) -> {
            if (first[0] == null && !backward.contains(rightId, leftId)) {
                first[0] = "L1 link missing backwards: relation=" + name + " leftId=" + leftId + " rightId=" + rightId;
            } else if (first[0] == null && (left.row(leftId) == null || right.row(rightId) == null)) {
                first[0] = "L2 dangling link: relation=" + name + " leftId=" + leftId + " rightId=" + rightId;
            }
        });
        if (first[0] == null && toLeft != null) {
            first[0] = checkThroughRows();
        }
        return first[0];
    }

    private String checkThroughRows() {
        long[] pairs = {0};
        String[] first = {null};
        toLeft.sourceTable().rows().forEachEntry((throughId, row) -> {
            long leftId = toLeft.keyOf(row);
            long rightId = toRight.keyOf(row);
            if (leftId != Ids.NONE && rightId != Ids.NONE) {
                pairs[0]++;
                if (first[0] == null && !forward.contains(leftId, rightId)) {
                    first[0] = "L3 through row's pair not linked: relation=" + name + " throughId=" + throughId;
                }
            }
        });
        if (first[0] == null && pairs[0] != forward.pairCount()) {
            first[0] = "L3 links and through rows differ: relation=" + name + " links=" + forward.pairCount()
                    + " throughPairs=" + pairs[0];
        }
        return first[0];
    }

    @Override
    public String toString() {
        return def.toString();
    }
}
