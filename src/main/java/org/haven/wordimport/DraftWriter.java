package org.haven.wordimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a draft page and its pictures into a site folder: the page where asked, the pictures under {@code assets/}. */
public record DraftWriter(Path siteFolder) {

    public void write(DraftPage draft) {
        Path page = draft.page();
        try {
            for (ExtractedImage image : draft.images()) {
                Path file = siteFolder.resolve("assets" + image.sitePath());
                Files.createDirectories(file.getParent());
                Files.write(file, image.data());
            }
            Files.createDirectories(page.getParent());
            Files.writeString(page, draft.asciidoc());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
