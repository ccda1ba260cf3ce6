package org.haven.lunr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** lunr.MatchData: term → field → metadata key → values, for one search result. */
public final class MatchData {
    /** term → field → metadata key → list of values. */
    public final Map<String, Map<String, Map<String, List<Object>>>> metadata = new LinkedHashMap<>();

    public MatchData() {}

    public MatchData(String term, String field, Map<String, List<Object>> meta) {
        Map<String, List<Object>> cloned = new LinkedHashMap<>();
        if (meta != null)
            for (Map.Entry<String, List<Object>> e : meta.entrySet())
                cloned.put(e.getKey(), new ArrayList<>(e.getValue()));
        Map<String, Map<String, List<Object>>> byField = new LinkedHashMap<>();
        byField.put(field, cloned);
        metadata.put(term, byField);
    }

    /** lunr.MatchData#combine. */
    public void combine(MatchData other) {
        for (String term : Js.keys(other.metadata)) {
            Map<String, Map<String, List<Object>>> mine = metadata.computeIfAbsent(term, k -> new LinkedHashMap<>());
            Map<String, Map<String, List<Object>>> theirs = other.metadata.get(term);
            for (String field : Js.keys(theirs)) {
                Map<String, List<Object>> existingField = mine.get(field);
                // copy on write: the map may be shared with the index's postings
                Map<String, List<Object>> mf =
                        existingField == null ? new LinkedHashMap<>() : new LinkedHashMap<>(existingField);
                mine.put(field, mf);
                Map<String, List<Object>> tf = theirs.get(field);
                for (String key : Js.keys(tf)) {
                    List<Object> existing = mf.get(key);
                    if (existing == null) {
                        mf.put(key, tf.get(key));
                    } else {
                        List<Object> joined = new ArrayList<>(existing);
                        joined.addAll(tf.get(key));
                        mf.put(key, joined);
                    }
                }
            }
        }
    }

    /** lunr.MatchData#add. */
    public void add(String term, String field, Map<String, List<Object>> meta) {
        Map<String, Map<String, List<Object>>> byField = metadata.get(term);
        if (byField == null) {
            byField = new LinkedHashMap<>();
            byField.put(field, meta);
            metadata.put(term, byField);
            return;
        }
        Map<String, List<Object>> mf = byField.get(field);
        if (mf == null) {
            byField.put(field, meta);
            return;
        }
        // copy on write: the posting's own map must not change
        Map<String, List<Object>> copy = new LinkedHashMap<>(mf);
        for (String key : Js.keys(meta)) {
            List<Object> existing = copy.get(key);
            if (existing != null) {
                List<Object> joined = new ArrayList<>(existing);
                joined.addAll(meta.get(key));
                copy.put(key, joined);
            } else {
                copy.put(key, meta.get(key));
            }
        }
        byField.put(field, copy);
    }
}
