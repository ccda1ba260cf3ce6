package org.haven.lunr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of the inverted index: the term's {@code _index} and, for each field, the documents
 * containing the term with their whitelisted metadata (key → list of values).
 */
public final class Posting {
    final double index;
    double idf;
    final List<String> fieldNames;
    final DocList[] byField;

    Posting(double index, List<String> fieldNames) {
        this.index = index;
        this.fieldNames = fieldNames;
        this.byField = new DocList[fieldNames.size()];
        for (int i = 0; i < byField.length; i++) byField[i] = new DocList();
    }

    public double termIndex() {
        return index;
    }

    /** docRef → metadata for {@code field}, or null if the posting has no such field. */
    DocList field(String field) {
        int n = fieldNames.size();
        for (int i = 0; i < n; i++) if (fieldNames.get(i).equals(field)) return byField[i];
        return null;
    }

    /** Number of documents containing the term, over all fields (as lunr.idf counts). */
    int documentsWithTerm() {
        int n = 0;
        for (DocList m : byField) n += m.size();
        return n;
    }

    void writeJson(StringBuilder sb) {
        List<String> keys = new ArrayList<>(fieldNames.size() + 1);
        keys.add("_index");
        keys.addAll(fieldNames);
        sb.append('{');
        boolean first = true;
        for (String k : Js.keys(keys)) {
            if (!first) sb.append(',');
            first = false;
            Json.writeString(sb, k);
            sb.append(':');
            if (k.equals("_index")) {
                Json.writeNumber(sb, index);
                continue;
            }
            DocList docs = field(k);
            sb.append('{');
            boolean firstDoc = true;
            for (int i : docs.order()) {
                if (!firstDoc) sb.append(',');
                firstDoc = false;
                Json.writeString(sb, docs.ref(i));
                sb.append(':');
                Map<String, List<Object>> meta = docs.meta(i);
                if (meta.isEmpty()) sb.append("{}");
                else Json.write(sb, meta);
            }
            sb.append('}');
        }
        sb.append('}');
    }

    @SuppressWarnings("unchecked")
    static Posting fromJson(Map<String, Object> json) {
        List<String> fields = new ArrayList<>();
        for (String k : json.keySet()) if (!k.equals("_index")) fields.add(k);
        Object idx = json.get("_index");
        Posting p = new Posting(idx == null ? Double.NaN : ((Number) idx).doubleValue(), fields);
        for (int i = 0; i < fields.size(); i++) {
            Map<String, Object> docs = (Map<String, Object>) json.get(fields.get(i));
            DocList target = p.byField[i];
            for (Map.Entry<String, Object> e : docs.entrySet()) {
                Map<String, List<Object>> meta = new LinkedHashMap<>();
                for (Map.Entry<String, Object> m : ((Map<String, Object>) e.getValue()).entrySet()) {
                    meta.put(m.getKey(), (List<Object>) m.getValue());
                }
                target.append(e.getKey(), meta);
            }
        }
        return p;
    }
}
