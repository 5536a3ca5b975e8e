package dev.tether.model;

import dev.tether.TetherException;
import java.util.Set;

/** Thrown inside the {@link Model} to abandon an action it refuses; never escapes the model. */
final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final transient Set<Class<? extends TetherException>> types;

    Refused(Set<Class<? extends TetherException>> types) {
        super(null, null, false, false);
        this.types = types;
    }

    Refused(Class<? extends TetherException> type) {
        this(Set.of(type));
    }
}
