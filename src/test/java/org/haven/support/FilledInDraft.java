package org.haven.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a person does to an imported draft before publishing it: every FILL IN written, the status published. */
public final class FilledInDraft {
    private FilledInDraft() {}

    public static void fillIn(Path page) throws IOException {
        String filled = Files.readString(page)
                .replaceAll("FILL IN[^|\\]\"\\n]*", "Written by a person")
                .replace(":jbake-status: draft", ":jbake-status: published");
        Files.writeString(page, filled);
    }
}
