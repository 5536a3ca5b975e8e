package dev.tether.model;

/** Where a foreign key lives in a {@link Row}: its own id (a shared primary key) or a key slot. */
enum Slot {
    ID, K0, K1
}
