package dev.tether.property;

import java.util.OptionalLong;

/**
 * How many chains a property runs and how long they are, read from system properties (Maven passes
 * {@code -D} options through to the forked test JVM):
 * {@code tether.property.tries} (chains, default {@value #DEFAULT_TRIES}),
 * {@code tether.property.actions} (maximum actions per chain, default {@value #DEFAULT_ACTIONS}) and
 * {@code tether.property.seed} (run only the chain of this seed, to replay a reported failure).
 *
 * @param tries the number of chains
 * @param maxActions the maximum number of actions in a chain (each chain draws its length)
 * @param seed the one seed to replay, or empty for fresh random seeds
 */
public record PropertySettings(int tries, int maxActions, OptionalLong seed) {
    static final int DEFAULT_TRIES = 1000;
    static final int DEFAULT_ACTIONS = 50;

    public PropertySettings {
        if (tries < 1 || maxActions < 1) {
            throw new IllegalArgumentException("tries and actions must be positive: tries=" + tries
                    + " maxActions=" + maxActions);
        }
    }

    /**
     * The settings given by the system properties, with the defaults for those not set.
     *
     * @return the settings
     */
    public static PropertySettings fromSystemProperties() {
        String seed = System.getProperty("tether.property.seed");
        return new PropertySettings(
                Integer.getInteger("tether.property.tries", DEFAULT_TRIES),
                Integer.getInteger("tether.property.actions", DEFAULT_ACTIONS),
                seed == null || seed.isBlank() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(seed.trim())));
    }
}
