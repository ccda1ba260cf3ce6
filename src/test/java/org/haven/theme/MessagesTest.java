package org.haven.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme's wording, and a site's own messages.yaml over it name by name. */
class MessagesTest {
    @TempDir
    Path site;

    @Test
    void theThemesWordingWithValuesFilledIn() {
        Messages messages = Messages.load(site);
        assertEquals("Levels of need", messages.text("levels.title"));
        assertEquals("Business plan 2023-2026", messages.text("plan.title", "plan", "2023-2026"));
        assertEquals("Reviews listed by theme: Neglect.", messages.text("reviews-theme.summary", "theme", "Neglect"));
    }

    @Test
    void aSitesOwnWordingWinsNameByName() throws IOException {
        write("levels.title: Thresholds\nplan.title: \"Plan {plan}\"\n");
        Messages messages = Messages.load(site);
        assertEquals("Thresholds", messages.text("levels.title"));
        assertEquals("Plan 2023-2026", messages.text("plan.title", "plan", "2023-2026"));
        assertEquals("Glossary", messages.text("glossary.title"));
    }

    @Test
    void aNameHavenDoesNotUseIsExplained() throws IOException {
        write("levels.titel: Thresholds\n");
        ThemeException e = assertThrows(ThemeException.class, () -> Messages.load(site));
        assertEquals("templates/messages.yaml", e.templateFile());
        assertTrue(e.getMessage().contains("'levels.titel'"), e.getMessage());
    }

    @Test
    void aFileThatIsNotNamesAndTextIsExplained() throws IOException {
        write("levels.title: [Thresholds\n");
        ThemeException e = assertThrows(ThemeException.class, () -> Messages.load(site));
        assertTrue(e.getMessage().startsWith("templates/messages.yaml"), e.getMessage());
    }

    private void write(String yaml) throws IOException {
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/messages.yaml"), yaml);
    }
}
