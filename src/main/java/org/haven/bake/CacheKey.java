package org.haven.bake;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.haven.content.ContentDigest;

/**
 * The name of a cache entry: a {@link ContentDigest} of everything the entry was made from. Each part is
 * written with its length first, so two different lists of parts never run together into the
 * same bytes.
 */
record CacheKey(String hex) {

    static Builder of(String kind) {
        return new Builder().add(kind);
    }

    static final class Builder {
        private final ContentDigest digest = ContentDigest.start();

        private Builder() {}

        Builder add(String part) {
            return add(part == null ? new byte[] {(byte) 0xff} : part.getBytes(StandardCharsets.UTF_8));
        }

        Builder add(byte[] bytes) {
            digest.update(bytes.length).update(bytes);
            return this;
        }

        /** A set's members in their order, after their number. */
        Builder add(Collection<String> members) {
            List<String> sorted = members.stream().sorted().toList();
            add(String.valueOf(sorted.size()));
            sorted.forEach(this::add);
            return this;
        }

        /** A map's entries in the order of their keys, each key and value as text. */
        Builder add(Map<String, ?> map) {
            Map<String, ?> sorted = new TreeMap<>(map);
            add(String.valueOf(sorted.size()));
            sorted.forEach((name, value) -> add(name).add(value == null ? null : value.toString()));
            return this;
        }

        CacheKey build() {
            return new CacheKey(digest.hex());
        }
    }
}
