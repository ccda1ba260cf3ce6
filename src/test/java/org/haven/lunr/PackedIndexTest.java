package org.haven.lunr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PackedIndexTest {
    private static final List<String> TEXTS = List.of(
            "Worried about a child? Phone the safeguarding hub.",
            "", // a page with nothing to index still has its vectors
            "Neglect is the most common reason for a child protection plan.",
            "Training on neglect for practitioners, and a café.");

    private static Index index(List<String> refs, List<String> metadata) {
        Builder builder = Lunr.defaultBuilder();
        builder.ref("id");
        builder.field("title", Builder.FieldAttributes.boost(10));
        builder.field("body");
        builder.metadataWhitelist.addAll(metadata);
        for (int i = 0; i < TEXTS.size(); i++)
            builder.add(Map.of("id", refs.get(i), "title", "Page " + i, "body", TEXTS.get(i)));
        return builder.build();
    }

    private static String packed(Index index) {
        StringBuilder sb = new StringBuilder();
        PackedIndex.write(index, sb);
        return sb.toString();
    }

    @Test
    @DisplayName("unpacked, the index is lunr's JSON of the index that was packed, byte for byte")
    @SuppressWarnings("unchecked")
    void unpacksToLunrsJson() {
        Index index = index(List.of("0", "1", "2", "3"), List.of());
        String packed = packed(index);
        Map<String, Object> lunrs = PackedIndex.unpack((Map<String, Object>) Json.parse(packed));
        assertEquals(index.toJson(), Json.stringify(lunrs));
        assertEquals(index.toJson(), Index.load(lunrs).toJson());
        assertTrue(
                packed.length() < index.toJson().length() / 2,
                packed.length() + " of " + index.toJson().length());
    }

    @Test
    @DisplayName("large term indexes and scores, written in several characters each, unpack to lunr's JSON")
    @SuppressWarnings("unchecked")
    void unpacksNumbersOfSeveralCharacters() {
        Builder builder = Lunr.defaultBuilder();
        builder.ref("id");
        builder.field("title", Builder.FieldAttributes.boost(1000));
        builder.field("body");
        StringBuilder manyWords = new StringBuilder();
        for (int i = 0; i < 40_000; i++) manyWords.append(" w").append(Integer.toString(i, 26));
        builder.add(Map.of("id", "0", "title", "safeguarding", "body", manyWords.toString()));
        builder.add(Map.of("id", "1", "title", "zzz safeguarding", "body", "w0 zzz"));
        Index index = builder.build();
        String packed = packed(index);
        List<Object> vectors = (List<Object>) ((Map<String, Object>) Json.parse(packed)).get("vectors");
        assertTrue(
                vectors.stream().anyMatch(v -> ((String) v).matches(".*[g-z0-9_-]{3}[A-Za-f].*")),
                "a number written in four characters");
        assertEquals(index.toJson(), Json.stringify(PackedIndex.unpack((Map<String, Object>) Json.parse(packed))));
    }

    @Test
    @DisplayName("a damaged vector is refused, not read as other numbers")
    @SuppressWarnings("unchecked")
    void refusesADamagedVector() {
        Map<String, Object> packed =
                (Map<String, Object>) Json.parse(packed(index(List.of("0", "1", "2", "3"), List.of())));
        List<Object> vectors = (List<Object>) packed.get("vectors");
        vectors.set(0, vectors.get(0) + "g");
        assertThrows(IllegalArgumentException.class, () -> PackedIndex.unpack(packed));
        vectors.set(0, "!");
        assertThrows(IllegalArgumentException.class, () -> PackedIndex.unpack(packed));
    }

    @Test
    @DisplayName("an index whose pages are not numbered 0, 1, 2… in the order added cannot be packed")
    void refusesRefsThatAreNotNumbers() {
        assertThrows(
                IllegalArgumentException.class, () -> packed(index(List.of("/a/", "/b/", "/c/", "/d/"), List.of())));
        assertThrows(IllegalArgumentException.class, () -> packed(index(List.of("1", "0", "2", "3"), List.of())));
    }

    @Test
    @DisplayName("an index that keeps metadata, which the packed form would lose, cannot be packed")
    void refusesMetadata() {
        assertThrows(
                IllegalArgumentException.class, () -> packed(index(List.of("0", "1", "2", "3"), List.of("position"))));
    }
}
