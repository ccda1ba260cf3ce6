package org.haven.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.haven.content.SiteDataLoader;
import org.haven.lunr.Json;
import org.haven.lunr.NodeLunr;
import org.haven.problems.Problems;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SiteSearchIndexTest {
    static final List<GlossaryEntry> GLOSSARY = List.of(
            new GlossaryEntry("CSPR", "child safeguarding practice review"),
            new GlossaryEntry("CSE", "child sexual exploitation"),
            new GlossaryEntry("MASH", "Multi-Agency Safeguarding Hub"));

    static List<SearchDocument> docs() {
        return List.of(
                new SearchDocument(
                        "/reviews/child-e/",
                        "Child E",
                        "/reviews/child-e/",
                        "What we learned from Child E's review",
                        "Review",
                        "A Child Safeguarding Practice Review looked at the help Child E got from schools and health visitors.",
                        List.of("reviews")),
                new SearchDocument(
                        "/reviews/",
                        "Reviews",
                        "/reviews/",
                        "How we learn from serious cases",
                        "Page",
                        "When a child dies or is seriously harmed we may hold a CSPR. The partnership publishes every CSPR.",
                        List.of()),
                new SearchDocument(
                        "/levels/level-3/",
                        "Level 3: complex needs",
                        "/levels/level-3/",
                        "Children with complex needs",
                        "Level 3",
                        "Children at this level need support from more than one agency. Call the MASH.",
                        List.of("levels of need")),
                new SearchDocument(
                        "/levels/level-2/",
                        "Level 2: additional needs",
                        "/levels/level-2/",
                        "Children with additional needs",
                        "Level 2",
                        "Early help for families at level 2. Three agencies may meet; see section 3 of the guide.",
                        List.of("levels of need")),
                new SearchDocument(
                        "/levels/level-4/",
                        "Level 4: acute needs",
                        "/levels/level-4/",
                        "Children who need protection",
                        "Level 4",
                        "Children at risk of significant harm, 3 or more referrals. Phone 0161 217 6028.",
                        List.of("levels of need")),
                new SearchDocument(
                        "/topics/exploitation/",
                        "Exploitation",
                        "/topics/exploitation/",
                        "Criminal and sexual exploitation",
                        "Page",
                        "Child sexual exploitation is abuse. County lines is criminal exploitation.",
                        List.of("topics")),
                new SearchDocument(
                        "/report/",
                        "Worried about a child?",
                        "/report/",
                        "How to report a worry",
                        "Page",
                        "If you are worried about a child, phone the Multi-Agency Safeguarding Hub.",
                        List.of("report")),
                new SearchDocument(
                        "/news/1/",
                        "New training dates",
                        "/news/1/",
                        "Book training",
                        "News",
                        "Training on neglect for level 3 practitioners. Café open.",
                        List.of("news")),
                new SearchDocument(
                        "/easy/report/",
                        "Telling someone",
                        "/easy/report/",
                        "Easy read: telling someone you are not safe",
                        "Easy read",
                        "You can tell a teacher. You can phone us.",
                        List.of("easy read")));
    }

    static List<String> refs(List<SearchHit> hits) {
        List<String> r = new ArrayList<>();
        for (SearchHit h : hits) r.add(h.ref());
        return r;
    }

    @Test
    @DisplayName("documents made ready on several threads, in any order, give the same index as building at once")
    void preparedOnManyThreadsGivesTheSameIndex() {
        List<SearchDocument> docs = docs();
        SiteSearchIndex.Maker maker = new SiteSearchIndex.Maker(GLOSSARY, Thesaurus.NONE);
        java.util.Map<String, SiteSearchIndex.Ready> ready = new java.util.concurrent.ConcurrentHashMap<>();
        List<SearchDocument> backwards = new ArrayList<>(docs);
        java.util.Collections.reverse(backwards);
        backwards.parallelStream().forEach(d -> ready.put(d.ref(), maker.prepare(d)));
        SiteSearchIndex made =
                maker.build(docs.stream().map(d -> ready.get(d.ref())).toList());
        assertArrayEquals(SiteSearchIndex.build(docs, GLOSSARY).toJson(), made.toJson());
    }

    @Test
    @DisplayName("a glossary term finds pages that only spell out its meaning")
    void termFindsMeaning() {
        SiteSearchIndex idx = SiteSearchIndex.build(docs(), GLOSSARY);
        List<String> found = refs(idx.search("CSPR", 20));
        assertTrue(
                found.contains("/reviews/child-e/"),
                "CSPR should find the page saying 'Child Safeguarding Practice Review': " + found);
        assertTrue(found.contains("/reviews/"), found.toString());
        assertTrue(refs(idx.search("cse", 20)).contains("/topics/exploitation/"));
        assertTrue(refs(idx.search("mash", 20)).contains("/report/"));
    }

    @Test
    @DisplayName("a glossary meaning finds pages that only use the term")
    void meaningFindsTerm() {
        SiteSearchIndex idx = SiteSearchIndex.build(docs(), GLOSSARY);
        List<String> found = refs(idx.search("practice review", 20));
        assertTrue(found.contains("/reviews/"), "'practice review' should find the page that only says CSPR: " + found);
        assertTrue(refs(idx.search("safeguarding hub", 20)).contains("/levels/level-3/"));
    }

    @Test
    @DisplayName("glossary matching is by whole words")
    void glossaryWholeWords() {
        SiteSearchIndex idx = SiteSearchIndex.build(
                List.of(new SearchDocument("a", "Mashed potato", "/a", "", "Page", "smashing", List.of())), GLOSSARY);
        assertTrue(idx.search("hub", 10).isEmpty());
    }

    @Test
    @DisplayName("'level 3' ranks the page titled 'Level 3: ...' first")
    void levelThreeFirst() {
        SiteSearchIndex idx = SiteSearchIndex.build(docs(), GLOSSARY);
        List<SearchHit> hits = idx.search("level 3", 5);
        assertEquals("/levels/level-3/", hits.get(0).ref(), refs(hits).toString());
        assertEquals("Level 3", hits.get(0).type());
        assertEquals("Level 3: complex needs", hits.get(0).title());
        assertEquals("/levels/level-3/", hits.get(0).url());
        assertTrue(hits.size() <= 5);
    }

    @Test
    @DisplayName("plain words become a documented lunr query")
    void queryStrings() {
        assertEquals(
                "worried^10 worri* worried~1 child^10 child* child~1",
                plain("Worried about a child"),
                "English words are looked for as before");
        assertEquals("level^10 level* level~1 3^10 3*", plain("level 3"));
        assertEquals("child^10 child* child~1 e^10 e*", plain("Child E"));
        assertEquals("cse^10 cse*", plain("cse"));
        assertEquals("level^10 level* level~1", plain("level:"));
        assertEquals("foo^10 foo*", plain("foo~"));
        assertEquals("a\\:b^10 a\\:b*", plain("a:b"));
        assertEquals("child^10 child* child~1", plain("child the"));
        assertEquals("the*", plain("the"));
        assertEquals("", plain("  *  -- ~ "));
        assertEquals(asWritten("بچوں", "حفاظت").trim(), plain("بچوں حفاظت؟"), "no English clause for Urdu");
        assertEquals(
                "si^10 si* dziecko^10 dziecko* dziecko~1" + asWritten("się"),
                plain("się dziecko"),
                "lunr's trimmer leaves 'si' of 'się'; as written, it is whole");
    }

    /** The clauses that look for words as written, in pages in other languages than English. */
    static String asWritten(String... words) {
        StringBuilder clauses = new StringBuilder();
        for (String word : words) clauses.append(' ').append(word).append("*^10");
        return clauses.toString();
    }

    static List<SearchDocument> withTranslations() {
        List<SearchDocument> all = new ArrayList<>(docs());
        all.add(new SearchDocument(
                "/pl/report/",
                "Martwisz się o dziecko?",
                "/pl/report/",
                "Jak powiedzieć komuś, że dziecko jest krzywdzone",
                "Page",
                "Jeśli martwisz się o dziecko, zadzwoń do Multi-Agency Safeguarding Hub. Nie musisz wiedzieć wszystkiego.",
                List.of("report"),
                "public",
                true,
                "pl"));
        all.add(new SearchDocument(
                "/ur/report/",
                "کیا آپ کو کسی بچے کی فکر ہے؟",
                "/ur/report/",
                "کسی کو کیسے بتائیں کہ بچے کو تکلیف دی جا رہی ہے",
                "Page",
                "اگر آپ کو کسی بچے کی فکر ہے تو Multi-Agency Safeguarding Hub کو فون کریں۔",
                List.of("report"),
                "public",
                true,
                "ur"));
        return all;
    }

    @Test
    @DisplayName("a page in Polish or Urdu is found first by its own words, and English searches rank as before")
    void eachLanguageFindsItsOwnPageFirst() {
        SiteSearchIndex idx = SiteSearchIndex.build(withTranslations(), GLOSSARY);
        assertEquals(
                "/pl/report/", idx.search("martwię się o dziecko", 5).get(0).ref());
        assertEquals("/pl/report/", idx.search("Dziecko", 5).get(0).ref(), "a capital letter changes nothing");
        assertEquals("/ur/report/", idx.search("بچے کی فکر", 5).get(0).ref());
        assertEquals(
                "/ur/report/", idx.search("فکر؟", 5).get(0).ref(), "an Urdu question mark is not part of the word");
        SiteSearchIndex english = SiteSearchIndex.build(docs(), GLOSSARY);
        for (String query : List.of("worried about a child", "CSPR", "level 3", "exploitation", "safeguarding hub")) {
            // Two more pages change how rare each word is, so further down, close scores may swap.
            assertEquals(refs(english.search(query, 1)), refs(idx.search(query, 1)), query + ": the same page first");
        }
    }

    @Test
    @DisplayName("a page in another language is indexed unstemmed, with English stop words, its letters whole")
    void pagesInOtherLanguagesAreIndexedAsWritten() {
        SiteSearchIndex idx = SiteSearchIndex.build(withTranslations(), GLOSSARY);
        assertTrue(idx.index().posting("się") != null, "'się' whole");
        assertTrue(idx.index().posting("musisz") != null, "Polish 'musisz' not cut by the English stemmer");
        assertTrue(idx.index().posting("بچے") != null, "Urdu words indexed");
        assertTrue(idx.index().posting("ہے") != null);
        assertTrue(idx.index().posting("worri") != null, "English still stemmed");
        assertTrue(idx.index().posting("the") == null, "English stop words still left out of English pages");
        assertTrue(idx.index().posting("do") != null, "Polish 'do' is no stop word");
    }

    static String plain(String typed) {
        return SearchQuery.queryFor(typed, Thesaurus.NONE);
    }

    /** Haven's own thesaurus, as a site with no data/thesaurus.yaml has it. */
    static final Thesaurus DEFAULT_THESAURUS =
            Thesaurus.of(new SiteDataLoader(Path.of("no-site-here"), new Problems(), true).loadThesaurus());

    @Test
    @DisplayName("everyday words bring in the site's words for them; filler words are left out")
    void everydayWords() {
        assertEquals(
                "hurting^10 hurt* hurting~1 abuse^5 harm^5 hurt^5 injury^5 physical^5 danger^5 safe^5",
                SearchQuery.queryFor("someone keeps hurting me", DEFAULT_THESAURUS));
        assertEquals(
                "phone^10 phone* phone~1 number^10 number* number~1 social^10 social* social~1 services^10 servic* services~1"
                        + " contact^5 call^5 care^5 report^5",
                SearchQuery.queryFor("phone number for social services", DEFAULT_THESAURUS));
        assertEquals(
                "mash^10 mash* massh^5 hub^5 worried^5 report^5 concern^5",
                SearchQuery.queryFor("MASH", DEFAULT_THESAURUS));
        assertEquals(
                "keep*",
                SearchQuery.queryFor("keep", DEFAULT_THESAURUS),
                "a filler word may be the start of a word still being typed");
    }

    @Test
    @DisplayName("the index carries only the thesaurus's words the site uses")
    void thesaurusKeepsTheSitesWords() {
        SiteSearchIndex idx = SiteSearchIndex.build(docs(), GLOSSARY, DEFAULT_THESAURUS);
        String json = new String(idx.toJson(), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"hit\":[\"abuse\",\"harm\""), json.substring(json.indexOf("\"thesaurus\"")));
        assertFalse(json.contains("\"injury\""), "no page says injury");
        assertEquals(
                refs(idx.search("hit", 3)),
                refs(SiteSearchIndex.load(idx.toJson()).search("hit", 3)));
    }

    @Test
    @DisplayName("the download is ASCII alone, for the browser's fast path, and says every other letter as an escape")
    void theDownloadIsAsciiAlone() {
        List<SearchDocument> docs = new ArrayList<>(docs());
        docs.add(new SearchDocument(
                "/pl/martwie-sie/",
                "Martwię się o dziecko",
                "/pl/martwie-sie/",
                "بچے کی فکر؟ 📞",
                "Strona",
                "Zadzwoń do zespołu, jeśli martwisz się o dziecko.",
                List.of()));
        SiteSearchIndex idx = SiteSearchIndex.build(docs, GLOSSARY);
        byte[] json = idx.toJson();
        for (byte b : json) assertTrue(b >= 0, "a byte beyond ASCII: " + b);
        assertTrue(new String(json, StandardCharsets.US_ASCII).contains("Martwi\\u0119 si\\u0119"));
        SiteSearchIndex loaded = SiteSearchIndex.load(json);
        assertEquals(refs(idx.search("martwię", 3)), refs(loaded.search("martwię", 3)));
        assertEquals("/pl/martwie-sie/", refs(loaded.search("martwię", 3)).get(0));
        assertTrue(Json.stringify(Json.parse(new String(json, StandardCharsets.US_ASCII)))
                .contains("بچے کی فکر؟ 📞"));
    }

    @Test
    @DisplayName("input that lunr's query syntax rejects still searches the plain words")
    void queryFallback() {
        SiteSearchIndex idx = SiteSearchIndex.build(docs(), GLOSSARY);
        assertTrue(idx.search("level:", 10).get(0).ref().startsWith("/levels/level-"));
        for (String q : List.of(
                "level:",
                "foo~",
                "title:",
                "^",
                "+",
                "-",
                "-child",
                "child~1",
                "a:b:c",
                "\\",
                "child^",
                "+level +3",
                "title:level",
                "lev*",
                "*",
                "~~~",
                "café",
                "\"level 3\"",
                "level 3 -neglect")) {
            idx.search(q, 10); // never throws
        }
        assertTrue(idx.search("title:level", 10).isEmpty(), "operators are plain text: 'title:level' is one word");
        assertFalse(idx.search("foo~ neglect", 10).isEmpty());
        assertTrue(idx.search("", 10).isEmpty(), "an empty query finds nothing");
        assertTrue(idx.search("   ", 10).isEmpty());
    }

    @Test
    @DisplayName("finds documents from the first letters of the last word")
    void prefixSearch() {
        SiteSearchIndex idx = SiteSearchIndex.build(docs(), GLOSSARY);
        assertTrue(refs(idx.search("exploit", 10)).contains("/topics/exploitation/"));
        assertTrue(refs(idx.search("neg", 10)).contains("/news/1/"));
    }

    @Test
    @DisplayName("toJson is byte-for-byte deterministic and shaped {index, docs, thesaurus, languages}")
    @SuppressWarnings("unchecked")
    void deterministicJson() {
        byte[] a = SiteSearchIndex.build(docs(), GLOSSARY).toJson();
        byte[] b = SiteSearchIndex.build(docs(), GLOSSARY).toJson();
        assertArrayEquals(a, b);
        String text = new String(a, StandardCharsets.UTF_8);
        assertTrue(
                text.startsWith(
                        "{\"index\":{\"version\":\"2.3.9\",\"fields\":[\"title\",\"summary\",\"body\",\"tags\",\"glossary\"]"),
                text.substring(0, 100));
        Map<String, Object> root = (Map<String, Object>) Json.parse(text);
        assertEquals(List.of("index", "docs", "thesaurus", "languages"), new ArrayList<>(root.keySet()));
        Map<String, Object> d = ((List<Map<String, Object>>) root.get("docs")).get(2);
        assertEquals(List.of("title", "url", "summary", "type", "audience"), new ArrayList<>(d.keySet()));
        assertEquals("/levels/level-3/", d.get("url"), "the third document given is the third shown");
        assertEquals("Level 3", d.get("type"));
        assertFalse(text.contains("\n"), "compact JSON");
    }

    @Test
    @DisplayName(
            "text beyond the Basic Multilingual Plane stays whole in an index large enough to be encoded in slices")
    @SuppressWarnings("unchecked")
    void longTextOutsideTheBmpStaysWhole() {
        // Summaries of surrogate pairs long enough that a slice boundary falls inside a pair in one of the two.
        String even = "😀".repeat(50_000);
        String odd = "x" + even;
        byte[] json = SiteSearchIndex.build(
                        List.of(
                                new SearchDocument("even", "Even", "/even/", even, "Page", "", List.of()),
                                new SearchDocument("odd", "Odd", "/odd/", odd, "Page", "", List.of())),
                        GLOSSARY)
                .toJson();
        List<Map<String, Object>> docs = (List<Map<String, Object>>)
                ((Map<String, Object>) Json.parse(new String(json, StandardCharsets.UTF_8))).get("docs");
        assertTrue(even.equals(docs.get(0).get("summary")), "a summary of 50,000 emoji changed");
        assertTrue(odd.equals(docs.get(1).get("summary")), "a summary of x and 50,000 emoji changed");
    }

    @Test
    @DisplayName("a loaded index writes the same bytes and searches the same")
    void loadRoundTrip() {
        SiteSearchIndex built = SiteSearchIndex.build(docs(), GLOSSARY);
        SiteSearchIndex loaded = SiteSearchIndex.load(built.toJson());
        assertArrayEquals(built.toJson(), loaded.toJson());
        for (String q :
                List.of("CSPR", "level 3", "worried about a child", "Child E", "cse", "exploit", "café", "level:")) {
            assertEquals(built.search(q, 10), loaded.search(q, 10), q);
        }
    }

    @Test
    @DisplayName("lunr.js in the browser finds the same pages for queryFor strings")
    @SuppressWarnings("unchecked")
    void browserAgrees() {
        SiteSearchIndex idx = SiteSearchIndex.build(docs(), GLOSSARY);
        Map<String, Object> root = (Map<String, Object>) Json.parse(new String(idx.toJson(), StandardCharsets.UTF_8));
        List<String> inputs = List.of(
                "CSPR",
                "level 3",
                "worried about a child",
                "Child E",
                "cse",
                "exploit",
                "café",
                "level:",
                "foo~",
                "a:b",
                "practice review",
                "neg",
                "the");
        List<String> queries = new ArrayList<>();
        for (String in : inputs) queries.add(SearchQuery.queryFor(in, Thesaurus.NONE));
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("command", "search");
        req.put("index", browsersIndex(root.get("index")));
        req.put("queries", queries);
        List<Object> results = (List<Object>) NodeLunr.call(req).get("results");
        List<Map<String, Object>> shown = (List<Map<String, Object>>) root.get("docs");
        for (int i = 0; i < inputs.size(); i++) {
            List<Object> exp = (List<Object>) ((Map<String, Object>) results.get(i)).get("results");
            List<SearchHit> ours = idx.search(inputs.get(i), 1000);
            List<String> expRefs = new ArrayList<>();
            for (Object o : exp) {
                int number = Integer.parseInt((String) ((Map<String, Object>) o).get("ref"));
                expRefs.add((String) shown.get(number).get("url"));
            }
            assertEquals(expRefs, refs(ours), "input " + inputs.get(i) + " (" + queries.get(i) + ")");
        }
    }

    /** The index JSON's packed {@code index} as the shipped search-query.js unpacks it for {@code lunr.Index.load}. */
    static String browsersIndex(Object packed) {
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("command", "unpack");
        req.put("script", SHIPPED_QUERY_RULE.toString());
        req.put("packed", Json.stringify(packed));
        return (String) NodeLunr.call(req).get("index");
    }

    @Test
    @DisplayName("the browser unpacks exactly the lunr index Haven built, and so does Haven when it loads the download")
    @SuppressWarnings("unchecked")
    void theBrowserLoadsTheIndexHavenBuilt() {
        List<SearchDocument> documents = new ArrayList<>(docs());
        documents.add(new SearchDocument(
                "/pl/report/",
                "Martwisz się o dziecko?",
                "/pl/report/",
                "Jak zgłosić niepokój",
                "Page",
                "Zadzwoń, jeśli martwisz się o dziecko.",
                List.of(),
                "public",
                true,
                "pl"));
        SiteSearchIndex built = SiteSearchIndex.build(documents, GLOSSARY, DEFAULT_THESAURUS);
        Map<String, Object> root = (Map<String, Object>) Json.parse(new String(built.toJson(), StandardCharsets.UTF_8));
        String lunrJson = built.index().toJson();
        assertEquals(lunrJson, browsersIndex(root.get("index")));
        assertEquals(lunrJson, SiteSearchIndex.load(built.toJson()).index().toJson());
    }

    @Test
    @DisplayName("the download names each page once: its address is in the list of pages, not in the index")
    void eachAddressOnce() {
        String json = new String(SiteSearchIndex.build(docs(), GLOSSARY).toJson(), StandardCharsets.UTF_8);
        for (SearchDocument d : docs()) {
            String quoted = "\"" + d.url() + "\"";
            assertEquals(1, (json.length() - json.replace(quoted, "").length()) / quoted.length(), d.url());
        }
    }

    @Test
    @DisplayName("a result whose ref is not its address still gives back its ref")
    void refApartFromTheAddress() {
        SiteSearchIndex loaded = SiteSearchIndex.load(SiteSearchIndex.build(
                        List.of(new SearchDocument(
                                "child-e", "Child E", "/reviews/child-e/", "", "Review", "", List.of())),
                        GLOSSARY)
                .toJson());
        SearchHit hit = loaded.search("child e", 1).get(0);
        assertEquals(List.of("child-e", "/reviews/child-e/"), List.of(hit.ref(), hit.url()));
    }

    /** The query rule as the site ships it to browsers. */
    static final Path SHIPPED_QUERY_RULE = NodeLunr.repoRoot().resolve("assets/theme/js/search-query.js");

    /** What people might type into the search box. */
    static final List<String> TYPED = List.of(
            // plain words, one or several
            "neglect",
            "Worried about a child",
            "child protection plan",
            "level 3",
            "Child E",
            "cse",
            "CSPR",
            "early help assessment for families",
            "multi-agency safeguarding",
            "relational generalizations yelling",
            "hopefulness skies",
            // everyday words, filler words and phrases from the thesaurus
            "someone keeps hurting me",
            "im frightened to go home",
            "phone number for social services",
            "mash",
            "my dad hits me",
            "not safe at home",
            "keeps",
            "hit hit hitting",
            "SOCIAL SERVICES",
            "social",
            // mixed case
            "NeGLeCT",
            "cHiLd PrOtEcTiOn",
            "LADO",
            "MASH",
            // punctuation
            "neglect?",
            "help!",
            "e.g. 3.5%",
            "(neglect)",
            "\"level 3\"",
            "child, family; school.",
            "a/b",
            "who@school",
            "children's services",
            "parents’ rights",
            "well-being",
            "self--harm",
            "...",
            // apostrophes
            "im",
            "I'm",
            "i'm",
            "I’m",
            "don't",
            "dont",
            "children's",
            "childrens",
            "'quoted'",
            // lunr's query syntax: + - * ~ ^ : and backslash
            "+",
            "-",
            "*",
            "~",
            "^",
            ":",
            "\\",
            "+required",
            "-excluded",
            "c++ a+b",
            "star*",
            "*lead",
            "in*ner",
            "a*b*c",
            "foo~",
            "foo~2",
            "x^2",
            "child^10",
            "level:",
            "title:level",
            "a:b",
            "a:b:c",
            "back\\slash",
            "+level +3",
            "~~~",
            "^^",
            "::",
            "title:child~1^2 +level -3*",
            "  *  -- ~ ",
            // stop words, and names JavaScript objects already have
            "the",
            "child the",
            "the child",
            "a an the",
            "constructor",
            "__proto__",
            "toString",
            "hasOwnProperty",
            // numbers and phone numbers
            "0800 1111",
            "08001111",
            "0161 474 4000",
            "999",
            "+44 161 474 4000",
            "07700-900123",
            "3.5",
            "1,000",
            "£20",
            "2023/24",
            "1st 2nd 3rd",
            // letters beyond ASCII, and emoji
            "café über søster",
            "Łódź dziecko",
            "Zażółć gęślą jaźń",
            "gwasanaethau cymdeithasol",
            "Cymraeg ŵyr ŷd llŷr",
            "bws",
            "naïve",
            "straße",
            "İstanbul",
            "ǅemal",
            "ﬁle",
            "\u212Aelvin",
            "ΟΔΟΣ παιδί",
            "ΣΑΣ",
            "cafe\u0301",
            "بچوں حفاظت",
            "儿童保护",
            "help🙂 😀",
            "😀",
            "a😀b",
            // empty, whitespace and separators
            "",
            " ",
            "   ",
            "\t\n",
            "\u00a0",
            "\u3000",
            "tab\tseparated\u00a0words",
            "trailing space ",
            "  leading",
            "--",
            "- - -",
            "line\u2028break",
            "\ufeffbom",
            "zero\u200bwidth",
            "mongolian\u180evowel",
            // very long
            "neglect ".repeat(2_000),
            "a".repeat(10_000),
            "safeguarding".repeat(1_000),
            "the ".repeat(1_000) + "chi",
            "😀".repeat(5_000));

    @TestFactory
    @DisplayName(
            "queryFor gives exactly the string the site's own assets/theme/js/search-query.js gives, and soundsPublic the same answer")
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> queryForMatchesTheShippedScript() {
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("command", "queryFor");
        req.put("script", SHIPPED_QUERY_RULE.toString());
        req.put("inputs", TYPED);
        req.put("thesaurus", DEFAULT_THESAURUS.toJsonValue());
        Map<String, Object> answer = NodeLunr.call(req);
        List<Object> shipped = (List<Object>) answer.get("queries");
        List<Object> soundsPublic = (List<Object>) answer.get("soundsPublic");
        assertEquals(TYPED.size(), shipped.size());
        return IntStream.range(0, TYPED.size())
                .mapToObj(i -> DynamicTest.dynamicTest(shown(TYPED.get(i)), () -> {
                    assertEquals(shipped.get(i), SearchQuery.queryFor(TYPED.get(i), DEFAULT_THESAURUS));
                    assertEquals(
                            soundsPublic.get(i),
                            SearchQuery.soundsPublic(TYPED.get(i), DEFAULT_THESAURUS),
                            "sounds like the public");
                }));
    }

    /** A test name for what was typed: control and invisible characters as \\uXXXX, long input cut short. */
    static String shown(String typed) {
        StringBuilder sb = new StringBuilder("\"");
        typed.codePoints().limit(40).forEach(c -> {
            if (Character.isISOControl(c)
                    || Character.isSpaceChar(c) && c != ' '
                    || Character.getType(c) == Character.FORMAT) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        sb.append('"');
        if (typed.codePointCount(0, typed.length()) > 40)
            sb.append("… (").append(typed.length()).append(" chars)");
        return sb.toString();
    }
}
