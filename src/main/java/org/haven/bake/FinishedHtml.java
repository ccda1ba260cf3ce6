package org.haven.bake;

import java.nio.charset.StandardCharsets;

/**
 * A page's finished body: made in this build, or read from the cache and decoded from its
 * UTF-8 only when something asks for its text. A kept page whose rendering is kept too is
 * digested by its key instead (see {@link PageRenderer#renderContentPage}), so on a build with
 * little changed most bodies are never decoded.
 */
final class FinishedHtml {
    private byte[] utf8;
    private String text;

    private FinishedHtml(byte[] utf8, String text) {
        this.utf8 = utf8;
        this.text = text;
    }

    static FinishedHtml of(String text) {
        return new FinishedHtml(null, text);
    }

    static FinishedHtml ofUtf8(byte[] utf8) {
        return new FinishedHtml(utf8, null);
    }

    /** Whether its text is at hand, made in this build or asked for before. */
    synchronized boolean decoded() {
        return text != null;
    }

    synchronized String text() {
        if (text == null) {
            text = new String(utf8, StandardCharsets.UTF_8);
            utf8 = null;
        }
        return text;
    }

    synchronized byte[] utf8() {
        return utf8 != null ? utf8 : text.getBytes(StandardCharsets.UTF_8);
    }
}
