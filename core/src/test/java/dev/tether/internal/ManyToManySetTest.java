package dev.tether.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tether.ManyToManyDef;
import dev.tether.Schema;
import dev.tether.Store;
import dev.tether.TableDef;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/**
 * {@code ManyToMany.set} applies a difference: links that stay are not removed and re-added.
 * Without change listeners that is invisible through the API, so this test looks inside: the
 * row's link set object survives a {@code set} that keeps most of its links.
 */
class ManyToManySetTest {
    record Post(long id) {
    }

    record Tag(long id) {
    }

    @Test
    void setKeepsTheLinksThatStay() throws ReflectiveOperationException {
        Schema.Builder b = Schema.builder();
        TableDef<Post> posts = b.table("posts", Post.class, Post::id);
        TableDef<Tag> tags = b.table("tags", Tag.class, Tag::id);
        ManyToManyDef<Post, Tag> postTags = b.manyToMany("post_tags", posts, tags);
        Store store = Store.create(b.build());
        store.table(posts).insert(new Post(1));
        for (long t = 1; t <= 4; t++) {
            store.table(tags).insert(new Tag(t));
        }
        ManyToManyImpl<?, ?> relation = (ManyToManyImpl<?, ?>) store.relation(postTags);
        relation.set(1, 1, 2, 3);
        Object before = linkSetOf(relation, 1);
        relation.set(1, 2, 3, 4);
        assertThat(linkSetOf(relation, 1)).as("same set object: only 1 was removed and 4 added").isSameAs(before);
        assertThat(relation.rightCount(1)).isEqualTo(3);
        store.checkInvariants();
    }

    private static Object linkSetOf(ManyToManyImpl<?, ?> relation, long left) throws ReflectiveOperationException {
        Field forward = ManyToManyImpl.class.getDeclaredField("forward");
        forward.setAccessible(true);
        LongMultimap links = (LongMultimap) forward.get(relation);
        return links.get(left);
    }
}
