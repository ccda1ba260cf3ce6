package org.haven.wordimport;

import java.util.List;

/** What an import makes: the page's AsciiDoc, the pictures it refers to, and the notes for a person. */
public record DraftPage(String asciidoc, List<ExtractedImage> images, List<ImportNote> notes) {
}
