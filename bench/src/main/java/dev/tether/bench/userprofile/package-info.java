/**
 * The user/profile "worlds" the lookup, write, concurrent and memory benchmarks run on: one
 * schema ({@link dev.tether.bench.userprofile.Shape}), one set of rows
 * ({@link dev.tether.bench.userprofile.UserProfileData}), and one
 * {@link dev.tether.bench.userprofile.UserProfileStore} per implementation: Tether through its
 * public API, the floor on raw Eclipse Collections maps, {@code java.util.HashMap}, and H2 in
 * memory. {@link dev.tether.bench.userprofile.UserProfileWorld} composes the measured write
 * operations once for all of them; {@link dev.tether.bench.userprofile.WorldStates} are the JMH
 * states, so that every benchmark method is one line and no setup is written twice.
 */
package dev.tether.bench.userprofile;
