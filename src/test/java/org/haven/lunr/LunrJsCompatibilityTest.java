package org.haven.lunr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The port against the real lunr.js 2.3.9 under Node, on the site's pages plus generated
 * documents: same serialised index, same search results for every query form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LunrJsCompatibilityTest {
    private List<Corpus.Doc> docs;
    private String ourJson;
    private String lunrJson;
    private List<String> queries;
    private List<Object> lunrOnOwnIndex;

    static Index build(List<Corpus.Doc> docs) {
        return Lunr.lunr(b -> {
            b.ref("id");
            b.field("title", Builder.FieldAttributes.boost(10));
            b.field("summary");
            b.field("body");
            b.field("tags");
            b.metadataWhitelist.add("position");
            for (Corpus.Doc d : docs) b.add(d.fields(), d.boost());
        });
    }

    static Map<String, Object> buildRequest(List<Corpus.Doc> docs) {
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("ref", "id");
        req.put(
                "fields",
                List.of(
                        Map.of("name", "title", "boost", 10),
                        Map.of("name", "summary"),
                        Map.of("name", "body"),
                        Map.of("name", "tags")));
        req.put("whitelist", List.of("position"));
        List<Object> ds = new ArrayList<>();
        for (Corpus.Doc d : docs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("doc", d.fields());
            if (d.boost() != 0) m.put("boost", d.boost());
            ds.add(m);
        }
        req.put("docs", ds);
        return req;
    }

    /** Queries covering every part of lunr's query syntax. */
    static List<String> queries() {
        List<String> q = new ArrayList<>(List.of(
                "child",
                "children",
                "safeguarding",
                "Safeguarding",
                "CHILD",
                "worried about a child",
                "level 3",
                "level",
                "3",
                "2024",
                "cspr",
                "CSPR",
                "neglect abuse",
                "early help",
                "the",
                "and of to",
                "a",
                "title:child",
                "body:neglect",
                "summary:review",
                "tags:school",
                "title:level body:3",
                "+child",
                "+child +school",
                "+child -school",
                "-school",
                "-school -police",
                "+neglect -abuse health",
                "+title:child",
                "-body:the",
                "+zzzz",
                "+zzzz child",
                "chil*",
                "*ing",
                "s*l",
                "*afe*",
                "sa*ing",
                "*",
                "c*",
                "level*",
                "report*",
                "*port",
                "chlid~1",
                "neglcet~2",
                "safe~1",
                "schol~1",
                "worrid~2",
                "polce~1",
                "x~1",
                "child^10",
                "child^10 school",
                "school^5 police^2 health",
                "title:school^3",
                "+child^2 -neglect",
                "child~1^5",
                "chil*^3 help",
                "+saf* -risk*",
                "generalizations",
                "relational",
                "conditionally",
                "hopefulness",
                "sensitivity",
                "electricity",
                "formalized",
                "adjustable",
                "dependent",
                "controlling",
                "hopping",
                "agreed",
                "feeding",
                "skies",
                "dying",
                "happily",
                "fitting",
                "yellow",
                "youthful",
                "yearly",
                "relating",
                "probate",
                "café",
                "naïve",
                "über",
                "über-große",
                "søster",
                "zażółć",
                "Łódź",
                "bezpieczeństwo",
                "dziecko",
                "بچوں",
                "حفاظت",
                "儿童",
                "儿童保护",
                "保护",
                "παιδί",
                "ΟΔΟΣ",
                "οδος",
                "😀",
                "help🙂",
                "straße",
                "caf",
                "caf*",
                "e.g",
                "e.g.",
                "3.5%",
                "0161",
                "474 4000",
                "children's",
                "child's",
                "zzzqqq",
                "xylophone",
                "nothingmatches here",
                "-",
                "+",
                "foo:bar",
                "title:",
                "child~",
                "child^",
                "\\*child",
                "child\\:school",
                "title:chil* body:neg*",
                "+title:level +body:3",
                "tags:page",
                "Child E",
                "Baby M",
                "reporting a concern",
                "domestic violence",
                "county lines",
                "online safety",
                "multi-agency",
                "multi agency",
                "safe-guarding",
                "risk^2 harm^3 -unsafe",
                "+risk +harm +safe"));
        return q;
    }

    @BeforeAll
    void buildBoth() {
        NodeLunr.requireNode();
        docs = Corpus.documents(300);
        queries = queries();
        ourJson = build(docs).toJson();
        Map<String, Object> req = buildRequest(docs);
        req.put("command", "buildAndSearch");
        req.put("queries", queries);
        Map<String, Object> res = NodeLunr.call(req);
        lunrJson = (String) res.get("index");
        @SuppressWarnings("unchecked")
        List<Object> own = (List<Object>) res.get("own");
        lunrOnOwnIndex = own;
    }

    @Test
    @DisplayName("indexes at least 300 documents, including the site's pages")
    void corpusIsLargeEnough() {
        assertTrue(docs.size() >= 300, "corpus has " + docs.size() + " documents");
        assertTrue(queries.size() >= 100, "only " + queries.size() + " queries");
    }

    @Test
    @DisplayName("serialises an index exactly as lunr.js does (same JSON tree)")
    void sameJsonTree() {
        assertEquals(Json.parse(lunrJson), Json.parse(ourJson));
    }

    @Test
    @DisplayName("serialises an index to the same bytes as lunr.js's JSON.stringify")
    void sameJsonBytes() {
        if (!lunrJson.equals(ourJson)) {
            int i = 0;
            while (i < Math.min(lunrJson.length(), ourJson.length()) && lunrJson.charAt(i) == ourJson.charAt(i)) i++;
            int from = Math.max(0, i - 200);
            fail("first difference at char " + i + "\nlunr.js: "
                    + lunrJson.substring(from, Math.min(lunrJson.length(), i + 200)) + "\nours:    "
                    + ourJson.substring(from, Math.min(ourJson.length(), i + 200)));
        }
    }

    @Test
    @DisplayName("finds the same documents as lunr.js for every query form, searching our serialised index")
    void sameResultsOnOurIndex() {
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("command", "search");
        req.put("index", ourJson);
        req.put("queries", queries);
        @SuppressWarnings("unchecked")
        List<Object> lunrResults = (List<Object>) NodeLunr.call(req).get("results");
        Index ours = Index.load(ourJson);
        compareAll(ours, lunrResults);
    }

    @Test
    @DisplayName("loads lunr.js's serialised index and searches it as lunr.js does")
    void sameResultsOnLunrsIndex() {
        Index loaded = Index.load(lunrJson);
        compareAll(loaded, lunrOnOwnIndex);
        assertEquals(lunrJson, loaded.toJson(), "re-serialising a loaded lunr.js index changes it");
    }

    @Test
    @DisplayName("searches a freshly built index exactly as a loaded one")
    void builtAndLoadedAgree() {
        Index built = build(docs);
        Index loaded = Index.load(ourJson);
        for (String q : queries) {
            List<Object> a = resultsTree(built, q), b = resultsTree(loaded, q);
            assertEquals(b, a, "query " + q);
        }
    }

    static List<Object> resultsTree(Index idx, String q) {
        List<Object> out = new ArrayList<>();
        try {
            for (Index.Result r : idx.search(q))
                out.add(List.of(r.ref(), r.score(), Json.parse(Json.stringify(r.matchData().metadata))));
        } catch (QueryParseError e) {
            out.add("error: " + e.getMessage());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private void compareAll(Index idx, List<Object> lunrResults) {
        assertEquals(queries.size(), lunrResults.size());
        int nonEmpty = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            String q = queries.get(i);
            Map<String, Object> expected = (Map<String, Object>) lunrResults.get(i);
            List<Index.Result> actual;
            try {
                actual = idx.search(q);
            } catch (QueryParseError e) {
                if (!e.getMessage().equals(expected.get("error"))) {
                    failures.add(q + ": we threw '" + e.getMessage() + "', lunr.js gave " + Json.stringify(expected));
                }
                continue;
            }
            if (expected.containsKey("error")) {
                failures.add(q + ": lunr.js threw '" + expected.get("error") + "', we found " + actual.size());
                continue;
            }
            List<Object> exp = (List<Object>) expected.get("results");
            if (!exp.isEmpty()) nonEmpty++;
            if (exp.size() != actual.size()) {
                failures.add(q + ": lunr.js found " + exp.size() + ", we found " + actual.size());
                continue;
            }
            for (int j = 0; j < exp.size(); j++) {
                Map<String, Object> e = (Map<String, Object>) exp.get(j);
                Index.Result a = actual.get(j);
                double es = ((Number) e.get("score")).doubleValue();
                if (!e.get("ref").equals(a.ref()) || Math.abs(es - a.score()) > 1e-3) {
                    failures.add(q + " #" + j + ": lunr.js " + e.get("ref") + " " + es + ", ours " + a.ref() + " "
                            + a.score());
                    break;
                }
                Object em = ((Map<String, Object>) e.get("matchData")).get("metadata");
                Object am = Json.parse(Json.stringify(a.matchData().metadata));
                if (!em.equals(am)) {
                    failures.add(q + " #" + j + ": match data differs for " + a.ref() + ": " + Json.stringify(em)
                            + " vs " + Json.stringify(am));
                    break;
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " queries differ:\n" + String.join("\n", failures));
        assertTrue(nonEmpty >= 60, "only " + nonEmpty + " queries found anything");
    }
}
