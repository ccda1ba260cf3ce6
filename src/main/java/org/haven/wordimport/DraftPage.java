package org.haven.wordimport;

import java.nio.file.Path;
import java.util.List;

/** What an import makes: the page's file and AsciiDoc, the pictures it refers to, and the notes for a person. */
public record DraftPage(Path page, String asciidoc, List<ExtractedImage> images, List<ImportNote> notes) {}
