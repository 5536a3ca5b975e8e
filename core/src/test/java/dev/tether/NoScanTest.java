package dev.tether;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Issue 2, points 3 and 6: lookups and deletes touch only the rows involved, never a whole table.
 * Instead of timing anything, the test counts how often the store reads an id or a foreign key:
 * a scan of a 20,000-row table would read thousands.
 */
class NoScanTest {
    record Owner(long id) {
    }

    record Pet(long id, long ownerId) {
    }

    private static final int ROWS = 20_000;
    private final AtomicLong keyReads = new AtomicLong();
    private final AtomicLong idReads = new AtomicLong();
    private final Store store;
    private final Table<Owner> owners;
    private final Table<Pet> pets;
    private final OneToOne<Pet, Owner> petOwner;

    NoScanTest() {
        Schema.Builder b = Schema.builder();
        TableDef<Owner> ownerDef = b.table("owners", Owner.class, o -> {
            idReads.incrementAndGet();
            return o.id();
        });
        TableDef<Pet> petDef = b.table("pets", Pet.class, p -> {
            idReads.incrementAndGet();
            return p.id();
        });
        OneToOneDef<Pet, Owner> rel = b.oneToOne("pet_owner", petDef, ForeignKey.required(p -> {
            keyReads.incrementAndGet();
            return p.ownerId();
        }), ownerDef, OnDelete.CASCADE);
        store = Store.create(b.build());
        owners = store.table(ownerDef);
        pets = store.table(petDef);
        petOwner = store.relation(rel);
        for (long i = 0; i < ROWS; i++) {
            owners.insert(new Owner(i * 7919));
            pets.insert(new Pet(i * 7919 + 1, i * 7919));
        }
        keyReads.set(0);
        idReads.set(0);
    }

    @Test
    void reverseLookupReadsNoRow() {
        for (long i = 0; i < 1000; i++) {
            assertThat(petOwner.sourceOrNull(i * 7919)).isNotNull();
        }
        assertThat(keyReads.get() + idReads.get()).isZero();
    }

    @Test
    void cascadeDeleteReadsOnlyTheAffectedRows() {
        DeleteResult r = owners.delete(500 * 7919L);
        assertThat(r.total()).isEqualTo(2);
        assertThat(keyReads.get()).as("foreign key reads").isLessThanOrEqualTo(2);
        assertThat(idReads.get()).as("id reads").isLessThanOrEqualTo(2);
    }

    @Test
    void insertAndUpdateReadOnlyTheirOwnRow() {
        owners.insert(new Owner(-1));
        pets.insert(new Pet(-2, -1));
        owners.insert(new Owner(-3));
        pets.update(new Pet(-2, -3));
        assertThat(keyReads.get()).as("foreign key reads").isLessThanOrEqualTo(6);
        assertThat(idReads.get()).as("id reads").isLessThanOrEqualTo(4);
    }
}
