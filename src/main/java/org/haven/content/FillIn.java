package org.haven.content;

/** The mark Haven leaves where a person must write something ({@code haven new}, {@code haven init}). */
public final class FillIn {
    public static final String MARK = "FILL IN";

    private FillIn() {}

    public static boolean isIn(String text) {
        return text != null && text.contains(MARK);
    }
}
