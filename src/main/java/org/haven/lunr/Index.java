package org.haven.lunr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * lunr.Index: a built or loaded index that can be searched with lunr's query syntax or a
 * programmatic {@link Query}, and serialised exactly as lunr.js serialises it.
 */
public final class Index {
    /** A search result: lunr's {@code {ref, score, matchData}}. */
    public record Result(String ref, double score, MatchData matchData) {}

    private final Map<String, Posting> invertedIndex;
    private final LinkedHashMap<String, Vector> fieldVectors;
    private final TokenSet tokenSet;
    private final List<String> fields;
    private final Pipeline pipeline;

    Index(
            Map<String, Posting> invertedIndex,
            LinkedHashMap<String, Vector> fieldVectors,
            TokenSet tokenSet,
            List<String> fields,
            Pipeline pipeline) {
        this.invertedIndex = invertedIndex;
        this.fieldVectors = fieldVectors;
        this.tokenSet = tokenSet;
        this.fields = List.copyOf(fields);
        this.pipeline = pipeline;
    }

    public List<String> fields() {
        return fields;
    }

    public TokenSet tokenSet() {
        return tokenSet;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /** Every term the index holds, in no order. */
    public Set<String> terms() {
        return Collections.unmodifiableSet(invertedIndex.keySet());
    }

    /** Each field ref's vector, in the order the builder made them. */
    public Map<String, Vector> fieldVectors() {
        return Collections.unmodifiableMap(fieldVectors);
    }

    /** The posting for a term, or null. */
    public Posting posting(String term) {
        return invertedIndex.get(term);
    }

    /** lunr.Index#search: parses {@code queryString} with lunr's query syntax. */
    public List<Result> search(String queryString) {
        return query(q -> new QueryParser(queryString, q).parse());
    }

    private static final class FieldMatch {
        final FieldRef fieldRef;
        final MatchData matchData;

        FieldMatch(FieldRef fieldRef, MatchData matchData) {
            this.fieldRef = fieldRef;
            this.matchData = matchData;
        }
    }

    private static final class MutableResult {
        final String ref;
        double score;
        final MatchData matchData;

        MutableResult(String ref, double score, MatchData matchData) {
            this.ref = ref;
            this.score = score;
            this.matchData = matchData;
        }
    }

    /** lunr.Index#query. */
    public List<Result> query(Consumer<Query> fn) {
        Query query = new Query(fields);
        LinkedHashMap<String, FieldMatch> matchingFields = new LinkedHashMap<>();
        Map<String, Vector> queryVectors = new HashMap<>();
        HashSet<String> termFieldCache = new HashSet<>();
        Map<String, LunrSet> requiredMatches = new HashMap<>();
        Map<String, LunrSet> prohibitedMatches = new HashMap<>();
        for (String f : fields) queryVectors.put(f, new Vector());

        fn.accept(query);

        for (Query.Clause clause : query.clauses) {
            List<String> terms;
            LunrSet clauseMatches = LunrSet.EMPTY;
            if (clause.usePipeline) {
                terms = pipeline.runString(clause.term, clause.fields);
            } else {
                terms = List.of(clause.term);
            }
            for (String term : terms) {
                clause.term = term;
                TokenSet termTokenSet = clause.editDistance != null
                        ? TokenSet.fromFuzzyString(clause.term, clause.editDistance)
                        : TokenSet.fromString(clause.term);
                List<String> expandedTerms = tokenSet.intersect(termTokenSet).toArray();
                if (expandedTerms.isEmpty() && clause.presence == Query.REQUIRED) {
                    for (String field : clause.fields) requiredMatches.put(field, LunrSet.EMPTY);
                    break;
                }
                for (String expandedTerm : expandedTerms) {
                    Posting posting = invertedIndex.get(expandedTerm);
                    double termIndex = posting.index;
                    for (String field : clause.fields) {
                        DocList fieldPosting = posting.field(field);
                        if (fieldPosting == null)
                            throw new IllegalStateException("posting for '" + expandedTerm + "' has no field " + field);
                        int[] order = fieldPosting.order();
                        List<String> matchingDocumentRefs = new ArrayList<>(order.length);
                        for (int o : order) matchingDocumentRefs.add(fieldPosting.ref(o));
                        String termField = expandedTerm + "/" + field;
                        if (clause.presence == Query.REQUIRED) {
                            clauseMatches = clauseMatches.union(new LunrSet(matchingDocumentRefs));
                            requiredMatches.putIfAbsent(field, LunrSet.COMPLETE);
                        }
                        if (clause.presence == Query.PROHIBITED) {
                            LunrSet existing = prohibitedMatches.getOrDefault(field, LunrSet.EMPTY);
                            prohibitedMatches.put(field, existing.union(new LunrSet(matchingDocumentRefs)));
                            continue;
                        }
                        queryVectors.get(field).upsert(termIndex, clause.boost, Double::sum);
                        if (termFieldCache.contains(termField)) continue;
                        for (int o : order) {
                            String docRef = fieldPosting.ref(o);
                            String key = field + "/" + docRef;
                            Map<String, List<Object>> metadata = fieldPosting.meta(o);
                            FieldMatch fm = matchingFields.get(key);
                            if (fm == null) {
                                matchingFields.put(
                                        key,
                                        new FieldMatch(
                                                new FieldRef(docRef, field),
                                                new MatchData(expandedTerm, field, metadata)));
                            } else {
                                fm.matchData.add(expandedTerm, field, metadata);
                            }
                        }
                        termFieldCache.add(termField);
                    }
                }
            }
            if (clause.presence == Query.REQUIRED) {
                for (String field : clause.fields) {
                    requiredMatches.put(field, requiredMatches.get(field).intersect(clauseMatches));
                }
            }
        }

        LunrSet allRequiredMatches = LunrSet.COMPLETE, allProhibitedMatches = LunrSet.EMPTY;
        for (String field : fields) {
            LunrSet r = requiredMatches.get(field);
            if (r != null) allRequiredMatches = allRequiredMatches.intersect(r);
            LunrSet p = prohibitedMatches.get(field);
            if (p != null) allProhibitedMatches = allProhibitedMatches.union(p);
        }

        List<FieldMatch> candidates;
        if (query.isNegated()) {
            candidates = new ArrayList<>(fieldVectors.size());
            for (String key : fieldVectors.keySet()) {
                FieldMatch fm = new FieldMatch(FieldRef.fromString(key), new MatchData());
                matchingFields.put(key, fm);
                candidates.add(fm);
            }
        } else {
            candidates = new ArrayList<>(matchingFields.values());
        }

        List<MutableResult> results = new ArrayList<>();
        HashMap<String, MutableResult> matches = new HashMap<>();
        for (FieldMatch fm : candidates) {
            String docRef = fm.fieldRef.docRef();
            if (!allRequiredMatches.contains(docRef)) continue;
            if (allProhibitedMatches.contains(docRef)) continue;
            Vector fieldVector = fieldVectors.get(fm.fieldRef.toString());
            double score = queryVectors.get(fm.fieldRef.fieldName()).similarity(fieldVector);
            MutableResult docMatch = matches.get(docRef);
            if (docMatch != null) {
                docMatch.score += score;
                docMatch.matchData.combine(fm.matchData);
            } else {
                MutableResult m = new MutableResult(docRef, score, fm.matchData);
                matches.put(docRef, m);
                results.add(m);
            }
        }
        results.sort((a, b) -> {
            double d = b.score - a.score;
            return d < 0 ? -1 : d > 0 ? 1 : 0;
        });
        List<Result> out = new ArrayList<>(results.size());
        for (MutableResult r : results) out.add(new Result(r.ref, r.score, r.matchData));
        return out;
    }

    /** The serialised index, as {@code JSON.stringify(idx)} writes it in lunr.js. */
    public String toJson() {
        StringBuilder sb = new StringBuilder(1 << 16);
        writeJson(sb);
        return sb.toString();
    }

    /** Appends the serialised index to {@code sb}. */
    public void writeJson(StringBuilder sb) {
        sb.append("{\"version\":");
        Json.writeString(sb, Lunr.VERSION);
        sb.append(",\"fields\":");
        Json.write(sb, fields);
        sb.append(",\"fieldVectors\":[");
        boolean first = true;
        for (Map.Entry<String, Vector> e : fieldVectors.entrySet()) {
            if (!first) sb.append(',');
            first = false;
            sb.append('[');
            Json.writeString(sb, e.getKey());
            sb.append(',');
            e.getValue().writeJson(sb);
            sb.append(']');
        }
        sb.append("],\"invertedIndex\":[");
        List<String> terms = new ArrayList<>(invertedIndex.keySet());
        terms.sort(null);
        first = true;
        for (String term : terms) {
            if (!first) sb.append(',');
            first = false;
            sb.append('[');
            Json.writeString(sb, term);
            sb.append(',');
            invertedIndex.get(term).writeJson(sb);
            sb.append(']');
        }
        sb.append("],\"pipeline\":");
        Json.write(sb, pipeline.toJSON());
        sb.append('}');
    }

    /** lunr.Index.load from JSON text. */
    public static Index load(String json) {
        return load(asMap(Json.parse(json)));
    }

    /** lunr.Index.load from a parsed JSON tree. */
    @SuppressWarnings("unchecked")
    public static Index load(Map<String, Object> serialized) {
        LinkedHashMap<String, Vector> fieldVectors = new LinkedHashMap<>();
        for (Object o : (List<Object>) serialized.get("fieldVectors")) {
            List<Object> tuple = (List<Object>) o;
            List<Object> elements = (List<Object>) tuple.get(1);
            double[] els = new double[elements.size()];
            for (int i = 0; i < els.length; i++) els[i] = ((Number) elements.get(i)).doubleValue();
            fieldVectors.put((String) tuple.get(0), new Vector(els, els.length));
        }
        HashMap<String, Posting> invertedIndex = new HashMap<>();
        TokenSet.Builder tokenSetBuilder = new TokenSet.Builder();
        for (Object o : (List<Object>) serialized.get("invertedIndex")) {
            List<Object> tuple = (List<Object>) o;
            String term = (String) tuple.get(0);
            tokenSetBuilder.insert(term);
            invertedIndex.put(term, Posting.fromJson((Map<String, Object>) tuple.get(1)));
        }
        tokenSetBuilder.finish();
        List<String> fields = new ArrayList<>();
        for (Object f : (List<Object>) serialized.get("fields")) fields.add((String) f);
        Pipeline pipeline = Pipeline.load((List<Object>) serialized.get("pipeline"));
        return new Index(invertedIndex, fieldVectors, tokenSetBuilder.root, fields, pipeline);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        if (!(o instanceof Map)) throw new IllegalArgumentException("serialised index must be a JSON object");
        return (Map<String, Object>) o;
    }
}
