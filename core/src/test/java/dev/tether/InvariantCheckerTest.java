package dev.tether;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The checker finds the numbered invariants broken, so that a test calling it after each action
 * can fail. Tether's own writes cannot break them; a row mutated in place behind the store's back
 * can, which is exactly what the checker is for in users' hands.
 */
class InvariantCheckerTest {
    /** A plain, deliberately mutable row class. */
    static final class Box {
        long id;
        long ownerId;

        Box(long id, long ownerId) {
            this.id = id;
            this.ownerId = ownerId;
        }
    }

    record Owner(long id) {
    }

    private final Schema.Builder b = Schema.builder();
    private final TableDef<Owner> ownerDef = b.table("owners", Owner.class, Owner::id);
    private final TableDef<Box> boxDef = b.table("boxes", Box.class, x -> x.id);
    private final OneToOneDef<Box, Owner> rel =
            b.oneToOne("box_owner", boxDef, ForeignKey.nullable(x -> x.ownerId), ownerDef, OnDelete.CASCADE);
    private final Store store = Store.create(b.build());
    private final Box box = new Box(1, 10);

    InvariantCheckerTest() {
        store.table(ownerDef).insert(new Owner(10));
        store.table(ownerDef).insert(new Owner(20));
        store.table(boxDef).insert(box);
    }

    @Test
    void s1RowIdChangedInPlace() {
        box.id = 2;
        assertThatThrownBy(store::checkInvariants)
                .isInstanceOf(InvariantViolationException.class)
                .hasMessageStartingWith("invariant S1 broken")
                .hasMessageContaining("table=boxes key=1");
        box.id = 1;
    }

    @Test
    void r2KeyChangedInPlace() {
        box.ownerId = 20;
        assertThatThrownBy(store::checkInvariants)
                .isInstanceOf(InvariantViolationException.class)
                .hasMessageStartingWith("invariant R2 broken")
                .hasMessageContaining("relation=box_owner sourceId=1 key=20");
        box.ownerId = 10;
    }

    @Test
    void r1AndR3KeyPointedAtAMissingRowInPlace() {
        box.ownerId = 30;
        assertThatThrownBy(store::checkInvariants).hasMessageStartingWith("invariant R1 broken");
        box.ownerId = Ids.NONE;
        assertThatThrownBy(store::checkInvariants).hasMessageStartingWith("invariant R3 broken")
                .hasMessageContaining("reverseSize=1 linkedSourceRows=0");
        box.ownerId = 10;
        assertThatCode(store::checkInvariants).doesNotThrowAnyException();
        assertThatCode(() -> store.relation(rel).source(10)).doesNotThrowAnyException();
    }

    @Test
    void s2QuiescenceIsCheckedFromInsideAWrite() {
        store.table(ownerDef).insert(id -> {
            assertThatThrownBy(store::checkInvariants).hasMessageStartingWith("invariant S2 broken");
            return new Owner(id);
        });
        assertThatCode(() -> store.table(ownerDef).forEachId(id -> store.checkInvariants()))
                .as("a reader's iteration is a consistent state, not a write in progress")
                .doesNotThrowAnyException();
    }

    @Test
    void s2HoldsBetweenTheWritesOfATransactionBody() {
        store.transaction(tx -> {
            store.table(ownerDef).insert(id -> new Owner(id));
            assertThatCode(store::checkInvariants).as("the checker's own iteration is no open iteration")
                    .doesNotThrowAnyException();
            return null;
        });
    }
}
