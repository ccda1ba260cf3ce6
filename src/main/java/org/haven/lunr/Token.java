package org.haven.lunr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * lunr.Token: a string plus metadata. The tokenizer's metadata (fields, position, index) is kept
 * in fields for speed; other metadata added by custom pipeline functions goes in a map.
 */
public final class Token {
    private String str;
    List<String> fields;
    int positionStart;
    int positionLength = -1;
    int index = -1;
    private Map<String, Object> extra;

    public Token(String str) {
        this.str = str == null ? "" : str;
    }

    Token(String str, List<String> fields, int positionStart, int positionLength, int index) {
        this.str = str;
        this.fields = fields;
        this.positionStart = positionStart;
        this.positionLength = positionLength;
        this.index = index;
    }

    /** The metadata value under {@code key}, or null when absent (JS undefined). */
    public Object metadata(String key) {
        switch (key) {
            case "position":
                if (positionLength >= 0) return new int[] {positionStart, positionLength};
                break;
            case "index":
                if (index >= 0) return index;
                break;
            case "fields":
                if (fields != null) return fields;
                break;
            default:
                break;
        }
        return extra == null ? null : extra.get(key);
    }

    /** Sets a metadata value. */
    public Token setMetadata(String key, Object value) {
        if (extra == null) extra = new LinkedHashMap<>();
        extra.put(key, value);
        return this;
    }

    /** lunr.Token#update: replaces the string with {@code fn(str, metadata)}. */
    public Token update(BinaryOperator<String> fn) {
        this.str = fn.apply(str, null);
        return this;
    }

    /** Replaces the string. */
    public Token update(String newStr) {
        this.str = newStr;
        return this;
    }

    /** lunr.Token#clone. */
    public Token copy(String newStr) {
        Token t = new Token(newStr, fields, positionStart, positionLength, index);
        t.extra = extra;
        return t;
    }

    @Override
    public String toString() {
        return str;
    }
}
