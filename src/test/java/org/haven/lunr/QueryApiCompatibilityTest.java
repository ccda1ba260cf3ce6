package org.haven.lunr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Programmatic queries (lunr.Index#query with clause options) against lunr.js under Node. */
class QueryApiCompatibilityTest {

    static Map<String, Object> clause(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    @SuppressWarnings("unchecked")
    static Query.Clause toClause(Map<String, Object> m) {
        Query.Clause c = new Query.Clause();
        if (m.containsKey("fields")) c.fields = (List<String>) m.get("fields");
        if (m.containsKey("boost")) c.boost = ((Number) m.get("boost")).doubleValue();
        if (m.containsKey("usePipeline")) c.usePipeline = (Boolean) m.get("usePipeline");
        if (m.containsKey("wildcard")) c.wildcard = ((Number) m.get("wildcard")).intValue();
        if (m.containsKey("editDistance")) c.editDistance = ((Number) m.get("editDistance")).intValue();
        if (m.containsKey("presence")) c.presence = ((Number) m.get("presence")).intValue();
        return c;
    }

    @Test
    @DisplayName(
            "answers programmatic queries (wildcard flags, presence, fields, boosts, edit distance) as lunr.js does")
    @SuppressWarnings("unchecked")
    void sameResultsForQueryApi() {
        List<Corpus.Doc> docs = Corpus.documents(300);
        String json = LunrJsCompatibilityTest.build(docs).toJson();
        Index idx = Index.load(json);
        List<List<Map<String, Object>>> queries = List.of(
                List.of(clause("term", "child", "wildcard", Query.WILDCARD_TRAILING)),
                List.of(clause("term", "ing", "wildcard", Query.WILDCARD_LEADING)),
                List.of(clause("term", "afe", "wildcard", Query.WILDCARD_LEADING | Query.WILDCARD_TRAILING)),
                List.of(
                        clause("term", "child", "presence", Query.REQUIRED),
                        clause("term", "school", "presence", Query.PROHIBITED)),
                List.of(clause("term", "neglect", "fields", List.of("body"), "boost", 5)),
                List.of(clause("term", "safeguard", "usePipeline", false)),
                List.of(clause("term", "safeguarding", "usePipeline", false)),
                List.of(clause("term", "safeguarding", "usePipeline", true)),
                List.of(clause("term", "chlid", "editDistance", 1)),
                List.of(clause("term", "school", "editDistance", 2, "fields", List.of("title"))),
                List.of(clause("term", "child", "boost", 2.5), clause("term", "help", "boost", 0.5)),
                List.of(clause("term", "zzz", "presence", Query.REQUIRED)),
                List.of(clause("term", "risk", "presence", Query.PROHIBITED)),
                List.of(
                        clause("term", "risk", "presence", Query.PROHIBITED),
                        clause("term", "harm", "presence", Query.PROHIBITED)),
                List.of(
                        clause("term", "level", "presence", Query.REQUIRED, "fields", List.of("title")),
                        clause("term", "3", "presence", Query.REQUIRED)),
                List.of(clause("term", "Child")),
                List.of(clause("term", "儿童")),
                List.of(clause("term", "", "wildcard", Query.WILDCARD_TRAILING)),
                List.of());
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("command", "queryApi");
        req.put("index", json);
        req.put("queries", queries);
        List<Object> expected = (List<Object>) NodeLunr.call(req).get("results");
        int nonEmpty = 0;
        for (int i = 0; i < queries.size(); i++) {
            List<Map<String, Object>> clauses = queries.get(i);
            List<Index.Result> actual = idx.query(q -> {
                for (Map<String, Object> c : clauses) q.term((String) c.get("term"), toClause(c));
            });
            List<Object> exp = (List<Object>) expected.get(i);
            if (!exp.isEmpty()) nonEmpty++;
            List<Object> expTree = new ArrayList<>(), actTree = new ArrayList<>();
            for (Object o : exp) {
                Map<String, Object> e = (Map<String, Object>) o;
                expTree.add(List.of(
                        e.get("ref"), e.get("score"), ((Map<String, Object>) e.get("matchData")).get("metadata")));
            }
            for (Index.Result r : actual) {
                actTree.add(List.of(r.ref(), r.score(), Json.parse(Json.stringify(r.matchData().metadata))));
            }
            assertEquals(expTree, actTree, "query " + Json.stringify(clauses));
        }
        assertTrue(nonEmpty >= 12, "only " + nonEmpty + " queries found anything");
    }
}
