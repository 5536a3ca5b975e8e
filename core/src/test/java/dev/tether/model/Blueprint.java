package dev.tether.model;

import dev.tether.Ids;
import dev.tether.OnDelete;
import java.util.List;

/**
 * The property tests' schema, described as data so that the store's schema ({@link StoreHandle})
 * and the reference {@link Model} are both derived from one description and nothing else.
 *
 * <p>{@link #social()} covers every relation kind and rule: a one-to-one chain users, profiles,
 * avatars (CASCADE, then SET_NULL); a shared primary key (accounts); a diamond from users to posts
 * (directly by CASCADE, and through profiles by RESTRICT, so RESTRICT is allowed exactly when the
 * same delete cascades); a cycle between profiles and posts (pinned post, SET_NULL); a
 * self-reference (comment parents, CASCADE); SET_DEFAULT on a many-to-one and on a one-to-one
 * (tasks); PROTECT and a through table (likes); implicit many-to-many links (post tags, and
 * follows from users to users).
 *
 * @param tables table names, in schema order
 * @param keys foreign key relations, in schema order
 * @param links many-to-many relations, in schema order
 */
public record Blueprint(List<String> tables, List<KeySpec> keys, List<LinkSpec> links) {
    /**
     * A one-to-one or many-to-one relation.
     *
     * @param name relation name
     * @param unique one-to-one (true) or many-to-one
     * @param source source table
     * @param slot where the source row holds the key ({@link Slot#ID} for a shared primary key)
     * @param target target table
     * @param rule the on-delete rule
     * @param nullable whether the key may hold {@link Ids#NONE}
     * @param defaultTarget the SET_DEFAULT target, or {@code Ids.NONE}
     */
    public record KeySpec(String name, boolean unique, String source, Slot slot, String target, OnDelete rule,
                          boolean nullable, long defaultTarget) {
        long keyOf(Row row) {
            return row.slot(slot);
        }
    }

    /**
     * A many-to-many relation: implicit links, or the rows of a through table.
     *
     * @param name relation name
     * @param left left table
     * @param right right table
     * @param toLeft the through table's key relation to the left table, or null for implicit links
     * @param toRight the through table's key relation to the right table, or null
     */
    public record LinkSpec(String name, String left, String right, KeySpec toLeft, KeySpec toRight) {
        boolean implicit() {
            return toLeft == null;
        }
    }

    /** The ids actions draw from (besides auto ids and invalid ones). */
    static final long[] POOL = {1, 2, 3, 4};

    /**
     * The schema every property test runs on.
     *
     * @return the blueprint
     */
    public static Blueprint social() {
        KeySpec likeUser = many("like_user", "likes", Slot.K0, "users", OnDelete.CASCADE, false);
        KeySpec likePost = many("like_post", "likes", Slot.K1, "posts", OnDelete.PROTECT, false);
        return new Blueprint(
                List.of("users", "profiles", "avatars", "accounts", "posts", "comments", "tasks", "tags", "likes"),
                List.of(
                        one("profile_user", "profiles", Slot.K0, "users", OnDelete.CASCADE, false, Ids.NONE),
                        one("avatar_profile", "avatars", Slot.K0, "profiles", OnDelete.SET_NULL, true, Ids.NONE),
                        one("account_user", "accounts", Slot.ID, "users", OnDelete.CASCADE, false, Ids.NONE),
                        many("post_author", "posts", Slot.K0, "users", OnDelete.CASCADE, false),
                        many("post_profile", "posts", Slot.K1, "profiles", OnDelete.RESTRICT, true),
                        many("profile_pinned", "profiles", Slot.K1, "posts", OnDelete.SET_NULL, true),
                        many("comment_post", "comments", Slot.K0, "posts", OnDelete.CASCADE, false),
                        many("comment_parent", "comments", Slot.K1, "comments", OnDelete.CASCADE, true),
                        new KeySpec("task_owner", false, "tasks", Slot.K0, "users", OnDelete.SET_DEFAULT, false, 1),
                        one("task_account", "tasks", Slot.K1, "accounts", OnDelete.SET_DEFAULT, true, 2),
                        likeUser,
                        likePost),
                List.of(
                        new LinkSpec("post_tags", "posts", "tags", null, null),
                        new LinkSpec("follows", "users", "users", null, null),
                        new LinkSpec("user_likes", "users", "posts", likeUser, likePost)));
    }

    private static KeySpec one(String name, String source, Slot slot, String target, OnDelete rule, boolean nullable,
                               long defaultTarget) {
        return new KeySpec(name, true, source, slot, target, rule, nullable, defaultTarget);
    }

    private static KeySpec many(String name, String source, Slot slot, String target, OnDelete rule, boolean nullable) {
        return new KeySpec(name, false, source, slot, target, rule, nullable, Ids.NONE);
    }
}
