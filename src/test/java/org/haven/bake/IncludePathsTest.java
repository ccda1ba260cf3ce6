package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A page names the files it includes from its own folder; Asciidoctor reads them from the site folder. */
class IncludePathsTest {
    private static final Path PAGE_FOLDER = Path.of("content", "reporting");

    @Test
    void aRelativeIncludeIsReadFromThePagesFolder() {
        assertEquals(
                "Intro\ninclude::content/reporting/_next-steps.adoc[]\n",
                AsciidocEngine.includesFromThePageFolder("Intro\ninclude::_next-steps.adoc[]\n", PAGE_FOLDER));
        assertEquals(
                "include::content/reporting/../_shared/contacts.adoc[leveloffset=+1]",
                AsciidocEngine.includesFromThePageFolder(
                        "include::../_shared/contacts.adoc[leveloffset=+1]", PAGE_FOLDER));
    }

    @Test
    void includesNamedByAnAttributeAnAbsolutePathOrAUrlAreLeftAsWritten() {
        for (String include : new String[] {
            "include::{partials}/steps.adoc[]", "include::/etc/passwd[]", "include::https://example.org/steps.adoc[]"
        }) {
            assertEquals(include, AsciidocEngine.includesFromThePageFolder(include, PAGE_FOLDER));
        }
    }

    @Test
    void anEscapedIncludeAndOneNotAtTheStartOfALineAreText() {
        String text = "\\include::_steps.adoc[]\nSee include::_steps.adoc[] for the syntax.";
        assertEquals(text, AsciidocEngine.includesFromThePageFolder(text, PAGE_FOLDER));
    }

    @Test
    void aPageAtTheTopOfTheSiteFolderNeedsNoPrefix() {
        assertEquals(
                "include::_steps.adoc[]",
                AsciidocEngine.includesFromThePageFolder("include::_steps.adoc[]", Path.of("")));
    }
}
