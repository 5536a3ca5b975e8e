/**
 * Tether: an embedded, in-memory object store whose relations are enforced by the store.
 * Only {@code dev.tether} is exported; {@code dev.tether.internal} is the implementation.
 */
module dev.tether {
    requires org.eclipse.collections.api;
    requires org.eclipse.collections.impl;

    exports dev.tether;
}
