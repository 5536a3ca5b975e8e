package dev.tether.bench.userprofile;

/**
 * The concrete {@link WorldState}s: one per implementation and {@link Shape}. Each only names
 * its shape and how to open its empty store.
 */
public final class WorldStates {
    private WorldStates() { }

    /** Tether, {@link Shape#PAIRS}. */
    public static class TetherPairs extends WorldState<TetherUserProfiles> {
        /** The state JMH instantiates. */
        public TetherPairs() {
            super(Shape.PAIRS, TetherUserProfiles::new);
        }
    }

    /** Tether, {@link Shape#CHAIN}. */
    public static class TetherChain extends WorldState<TetherUserProfiles> {
        /** The state JMH instantiates. */
        public TetherChain() {
            super(Shape.CHAIN, TetherUserProfiles::new);
        }
    }

    /** Tether, {@link Shape#PROTECTED_PAIRS}. */
    public static class TetherProtected extends WorldState<TetherUserProfiles> {
        /** The state JMH instantiates. */
        public TetherProtected() {
            super(Shape.PROTECTED_PAIRS, TetherUserProfiles::new);
        }
    }

    /** Floor, {@link Shape#PAIRS}. */
    public static class FloorPairs extends WorldState<FloorUserProfiles> {
        /** The state JMH instantiates. */
        public FloorPairs() {
            super(Shape.PAIRS, (shape, data) -> new FloorUserProfiles(shape, data));
        }
    }

    /** Floor, {@link Shape#CHAIN}. */
    public static class FloorChain extends WorldState<FloorUserProfiles> {
        /** The state JMH instantiates. */
        public FloorChain() {
            super(Shape.CHAIN, (shape, data) -> new FloorUserProfiles(shape, data));
        }
    }

    /** Floor, {@link Shape#PROTECTED_PAIRS}. */
    public static class FloorProtected extends WorldState<FloorUserProfiles> {
        /** The state JMH instantiates. */
        public FloorProtected() {
            super(Shape.PROTECTED_PAIRS, (shape, data) -> new FloorUserProfiles(shape, data));
        }
    }

    /** HashMap, {@link Shape#PAIRS}. */
    public static class HashMapPairs extends WorldState<HashMapUserProfiles> {
        /** The state JMH instantiates. */
        public HashMapPairs() {
            super(Shape.PAIRS, (shape, data) -> new HashMapUserProfiles(shape, data));
        }
    }

    /** HashMap, {@link Shape#CHAIN}. */
    public static class HashMapChain extends WorldState<HashMapUserProfiles> {
        /** The state JMH instantiates. */
        public HashMapChain() {
            super(Shape.CHAIN, (shape, data) -> new HashMapUserProfiles(shape, data));
        }
    }

    /** HashMap, {@link Shape#PROTECTED_PAIRS}. */
    public static class HashMapProtected extends WorldState<HashMapUserProfiles> {
        /** The state JMH instantiates. */
        public HashMapProtected() {
            super(Shape.PROTECTED_PAIRS, (shape, data) -> new HashMapUserProfiles(shape, data));
        }
    }

    /** H2, {@link Shape#PAIRS}. */
    public static class H2Pairs extends WorldState<H2UserProfiles> {
        /** The state JMH instantiates. */
        public H2Pairs() {
            super(Shape.PAIRS, (shape, data) -> new H2UserProfiles(shape));
        }
    }

    /** H2, {@link Shape#CHAIN}. */
    public static class H2Chain extends WorldState<H2UserProfiles> {
        /** The state JMH instantiates. */
        public H2Chain() {
            super(Shape.CHAIN, (shape, data) -> new H2UserProfiles(shape));
        }
    }

    /** H2, {@link Shape#PROTECTED_PAIRS}. */
    public static class H2Protected extends WorldState<H2UserProfiles> {
        /** The state JMH instantiates. */
        public H2Protected() {
            super(Shape.PROTECTED_PAIRS, (shape, data) -> new H2UserProfiles(shape));
        }
    }
}
