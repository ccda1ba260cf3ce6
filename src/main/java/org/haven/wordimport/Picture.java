package org.haven.wordimport;

/** A picture placed in the page: its site path and the words that stand for it. */
record Picture(String sitePath, String alt) {
    static final String MISSING_ALT = PageHeaderDraft.FILL_IN + ": describe what this picture shows";

    String macro(boolean block) {
        return "image:" + (block ? ":" : "") + sitePath + "[\""
                + LiteralText.bracketed(alt).replace("\"", "\\\"") + "\"]";
    }
}
