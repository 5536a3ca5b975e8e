package dev.tether.property;

/**
 * The first action of a chain whose check failed.
 *
 * @param step the index of the failing action
 * @param cause what the check threw
 */
record StepFailure(int step, Throwable cause) {
}
