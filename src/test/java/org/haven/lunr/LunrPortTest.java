package org.haven.lunr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Behaviour of the port's parts that needs no Node: lunr.js's own unit-level rules. */
class LunrPortTest {

    @Test
    @DisplayName("prints numbers as JavaScript does")
    void numbers() {
        assertEquals("1.5", Js.numberToString(1.5));
        assertEquals("0.288", Js.numberToString(0.288));
        assertEquals("3", Js.numberToString(3.0));
        assertEquals("0.30000000000000004", Js.numberToString(0.1 + 0.2));
        assertEquals("1e+21", Js.numberToString(1e21));
        assertEquals("100000000000000000000", Js.numberToString(1e20));
        assertEquals("1e-7", Js.numberToString(1e-7));
        assertEquals("0.000001", Js.numberToString(1e-6));
        assertEquals("5e-324", Js.numberToString(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", Js.numberToString(Double.MAX_VALUE));
    }

    @Test
    @DisplayName("escapes strings as JSON.stringify does")
    void strings() {
        assertEquals(
                "\"a\\\"b\\\\c\\n\\u0001\\u001f\u2028é😀\\ud800\"",
                Json.stringify("a\"b\\c\n\u0001\u001f\u2028é😀\ud800"));
        assertEquals(Map.of("k", List.of(1.0, "x", true)), Json.parse("{ \"k\" : [1, \"x\", true] }"));
    }

    @Test
    @DisplayName("orders object keys as JavaScript does: array indices first")
    void keyOrder() {
        java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("b", 1);
        m.put("10", 2);
        m.put("a", 3);
        m.put("2", 4);
        m.put("01", 5);
        assertEquals("{\"2\":4,\"10\":2,\"b\":1,\"a\":3,\"01\":5}", Json.stringify(m));
    }

    @Test
    @DisplayName("a vector keeps [index, value] pairs sorted and scores by cosine similarity")
    void vectors() {
        Vector v = new Vector();
        v.insert(7, 2);
        v.insert(1, 1);
        v.upsert(7, 3, Double::sum);
        assertArrayEquals(new double[] {1, 1, 7, 5}, v.toJSON());
        assertThrows(IllegalStateException.class, () -> v.insert(1, 9));
        Vector w = Vector.of(1, 2, 3, 4);
        assertEquals(2.0, v.dot(w));
        assertEquals(2.0 / Math.sqrt(26), v.similarity(w), 1e-12);
        assertEquals(0.0, new Vector().similarity(w));
    }

    @Test
    @DisplayName("token sets expand wildcards and edit distances over the index's terms")
    void tokenSets() {
        TokenSet terms = TokenSet.fromArray(List.of("cat", "cats", "dog", "dot", "doting"));
        assertEquals(
                List.of("cat", "cats"),
                terms.intersect(TokenSet.fromString("ca*")).toArray());
        assertEquals(
                List.of("dot", "doting", "dog"),
                terms.intersect(TokenSet.fromString("do*")).toArray());
        assertEquals(List.of("cat"), terms.intersect(TokenSet.fromString("*at")).toArray());
        assertEquals(
                List.of("dog"),
                terms.intersect(TokenSet.fromFuzzyString("dgo", 1)).toArray());
        assertTrue(terms.intersect(TokenSet.fromString("cow")).toArray().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> TokenSet.fromArray(List.of("b", "a")));
    }

    @Test
    @DisplayName("the stemmer, trimmer and stop word filter behave as lunr's")
    void pipelineFunctions() {
        assertEquals("safeguard", Stemmer.stem("safeguarding"));
        assertEquals("gener", Stemmer.stem("generalizations"));
        assertEquals("worri", Stemmer.stem("worried"));
        assertEquals("caf", Trimmer.trim("café"), "JS \\W is ASCII-only");
        assertEquals("", Trimmer.trim("儿童"));
        assertEquals("o'brien", Trimmer.trim("'o'brien',"));
        assertTrue(StopWordFilter.isStopWord("the"));
        assertTrue(!StopWordFilter.isStopWord("constructor"));
    }

    @Test
    @DisplayName("rejects malformed queries with lunr's messages")
    void queryErrors() {
        Index idx = Lunr.lunr(b -> {
            b.field("title");
            b.add(Map.of("id", "1", "title", "level 3"));
        });
        assertEquals(
                "expecting term, found nothing",
                assertThrows(QueryParseError.class, () -> idx.search("title:")).getMessage());
        assertEquals(
                "edit distance must be numeric",
                assertThrows(QueryParseError.class, () -> idx.search("foo~")).getMessage());
        assertEquals(
                "unrecognised field 'level', possible fields: 'title'",
                assertThrows(QueryParseError.class, () -> idx.search("level:3")).getMessage());
        assertEquals("1", idx.search("level 3").get(0).ref());
    }
}
