package dev.tether;

import java.util.OptionalLong;
import java.util.function.ToLongFunction;

/**
 * How a source row names its target: a {@code long} accessor, whether "no target" is allowed,
 * and how to rewrite the key for {@link OnDelete#SET_NULL} and {@link OnDelete#SET_DEFAULT}.
 * Immutable; each {@code with...} method returns a new instance.
 *
 * <pre>{@code
 * ForeignKey.required(Profile::userId)
 * ForeignKey.nullable(Profile::userId).rewrittenBy(Profile::withUserId)   // allows SET_NULL
 * ForeignKey.required(Profile::userId).withDefault(1L).rewrittenBy(Profile::withUserId)
 * }</pre>
 *
 * <p>A nullable key holds {@link Ids#NONE} for "no target".
 *
 * @param <S> the source table's row type
 */
public final class ForeignKey<S> {
    private final ToLongFunction<? super S> reader;
    private final boolean nullable;
    private final OptionalLong defaultTarget;
    private final ForeignKeyRewriter<S> rewriter;

    private ForeignKey(ToLongFunction<? super S> reader, boolean nullable, OptionalLong defaultTarget,
                       ForeignKeyRewriter<S> rewriter) {
        this.reader = reader;
        this.nullable = nullable;
        this.defaultTarget = defaultTarget;
        this.rewriter = rewriter;
    }

    /**
     * A foreign key that must always name an existing target.
     *
     * @param reader reads the target id from a source row
     * @param <S> the source row type
     * @return the foreign key
     * @throws SchemaException if {@code reader} is null
     */
    public static <S> ForeignKey<S> required(ToLongFunction<? super S> reader) {
        return new ForeignKey<>(requireReader(reader), false, OptionalLong.empty(), null);
    }

    /**
     * A foreign key that may hold {@link Ids#NONE}, meaning "no target".
     *
     * @param reader reads the target id (or {@code Ids.NONE}) from a source row
     * @param <S> the source row type
     * @return the foreign key
     * @throws SchemaException if {@code reader} is null
     */
    public static <S> ForeignKey<S> nullable(ToLongFunction<? super S> reader) {
        return new ForeignKey<>(requireReader(reader), true, OptionalLong.empty(), null);
    }

    /**
     * This key, rewritable by {@code rewriter} (needed by SET_NULL and SET_DEFAULT).
     *
     * @param rewriter returns a copy of a row with another foreign key
     * @return a new foreign key
     * @throws SchemaException if {@code rewriter} is null
     */
    public ForeignKey<S> rewrittenBy(ForeignKeyRewriter<S> rewriter) {
        if (rewriter == null) {
            throw new SchemaException("foreign key rewriter is null");
        }
        return new ForeignKey<>(reader, nullable, defaultTarget, rewriter);
    }

    /**
     * This key with a default target for {@link OnDelete#SET_DEFAULT}.
     *
     * @param targetId the default target id; must exist when a SET_DEFAULT delete runs
     * @return a new foreign key
     * @throws SchemaException if {@code targetId} is {@link Ids#NONE}
     */
    public ForeignKey<S> withDefault(long targetId) {
        if (targetId == Ids.NONE) {
            throw new SchemaException("default target id is the reserved value, targetId=" + targetId
                    + " (use ForeignKey.nullable and SET_NULL for no target)");
        }
        return new ForeignKey<>(reader, nullable, OptionalLong.of(targetId), rewriter);
    }

    /**
     * Reads the target id of {@code row}.
     *
     * @param row a source row
     * @return the target id, or {@link Ids#NONE} for a nullable key with no target
     */
    public long targetOf(S row) {
        return reader.applyAsLong(row);
    }

    /**
     * Whether the key may hold {@link Ids#NONE}.
     *
     * @return true for a nullable key
     */
    public boolean isNullable() {
        return nullable;
    }

    /**
     * The default target declared with {@link #withDefault}, if any.
     *
     * @return the default target id, or empty
     */
    public OptionalLong defaultTarget() {
        return defaultTarget;
    }

    /**
     * Whether a rewriter was declared with {@link #rewrittenBy}.
     *
     * @return true if the key can be rewritten by SET_NULL or SET_DEFAULT
     */
    public boolean isRewritable() {
        return rewriter != null;
    }

    /**
     * Applies the declared rewriter.
     *
     * @param row the row to rewrite
     * @param target the new target id, or {@link Ids#NONE}
     * @return the rewriter's result, unchecked
     * @throws IllegalStateException if no rewriter was declared (the schema prevents this)
     */
    public S rewrite(S row, long target) {
        if (rewriter == null) {
            throw new IllegalStateException("no rewriter declared");
        }
        return rewriter.withForeignKey(row, target);
    }

    private static <S> ToLongFunction<? super S> requireReader(ToLongFunction<? super S> reader) {
        if (reader == null) {
            throw new SchemaException("foreign key reader is null");
        }
        return reader;
    }

    @Override
    public String toString() {
        return "ForeignKey[nullable=" + nullable + ", defaultTarget=" + defaultTarget
                + ", rewritable=" + isRewritable() + "]";
    }
}
