package org.haven.wordimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Writes a draft page and its pictures into a site folder: the page where asked, the pictures under {@code assets/}. */
public record DraftWriter(Path siteFolder) {

    /** The files the draft would replace: its page, or pictures of the same names. */
    public List<Path> wouldReplace(DraftPage draft) {
        return Stream.concat(Stream.of(draft.page()), draft.images().stream().map(this::fileOf))
                .filter(Files::exists)
                .toList();
    }

    public void write(DraftPage draft) {
        Path page = draft.page();
        try {
            for (ExtractedImage image : draft.images()) {
                Path file = fileOf(image);
                Files.createDirectories(file.getParent());
                Files.write(file, image.data());
            }
            Files.createDirectories(page.getParent());
            Files.writeString(page, draft.asciidoc());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path fileOf(ExtractedImage image) {
        return siteFolder.resolve("assets" + image.sitePath());
    }
}
