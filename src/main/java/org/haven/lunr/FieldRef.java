package org.haven.lunr;

/** lunr.FieldRef: "fieldName/docRef". */
public record FieldRef(String docRef, String fieldName) {
    public static final String JOINER = "/";

    public static FieldRef fromString(String s) {
        int n = s.indexOf('/');
        if (n == -1) throw new IllegalArgumentException("malformed field ref string");
        return new FieldRef(s.substring(n + 1), s.substring(0, n));
    }

    @Override
    public String toString() {
        return fieldName + JOINER + docRef;
    }
}
