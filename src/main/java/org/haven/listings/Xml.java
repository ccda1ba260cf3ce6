package org.haven.listings;

/** Escapes text for XML documents written by hand. */
final class Xml {
    private Xml() {}

    static String escape(String text) {
        if (text == null) return "";
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
