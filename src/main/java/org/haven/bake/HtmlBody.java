package org.haven.bake;

import java.nio.charset.StandardCharsets;

/**
 * A page's body as HTML, converted or finished: made in this build, or read from the cache and
 * decoded from its UTF-8 only when something asks for its text. On a build with little changed
 * most bodies are never decoded: a page whose finished body is kept needs not its conversion's,
 * and a kept page whose rendering is kept too is digested by its key instead (see {@link
 * PageRenderer#renderContentPage}).
 */
final class HtmlBody {
    private byte[] utf8;
    private String text;

    private HtmlBody(byte[] utf8, String text) {
        this.utf8 = utf8;
        this.text = text;
    }

    static HtmlBody of(String text) {
        return new HtmlBody(null, text);
    }

    static HtmlBody ofUtf8(byte[] utf8) {
        return new HtmlBody(utf8, null);
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

    /** Two bodies are equal when their HTML is. */
    @Override
    public boolean equals(Object other) {
        return other instanceof HtmlBody body && text().equals(body.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }
}
