package dev.tether.bench.userprofile;

/**
 * Opens an empty {@link UserProfileStore} of a shape.
 *
 * @param <S> the implementation
 */
@FunctionalInterface
public interface StoreFactory<S extends UserProfileStore> {
    /**
     * @param shape the schema
     * @param data the rows it will be loaded with (for presizing)
     * @return an empty store
     */
    S open(Shape shape, UserProfileData data);
}
