package org.haven.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.haven.problems.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page's interface speaks its language where there is wording for it, and says so where there is not. */
class InterfaceLanguagesTest {
    @TempDir
    Path site;

    @Test
    void aPageInAShippedLanguageGetsItsWording() {
        Messages polish = InterfaceLanguages.load(site).forLanguage("pl");
        assertEquals("Opuść stronę", polish.text("leave.button"));
        assertEquals("pl", polish.languageOf("leave.button"));
    }

    @Test
    void aRegionalTagUsesItsLanguagesWordingAndEveryEnglishTagTheEnglish() {
        InterfaceLanguages languages = InterfaceLanguages.load(site);
        assertEquals("Opuść stronę", languages.forLanguage("pl-PL").text("leave.button"));
        assertEquals("Leave this site", languages.forLanguage("en-US").text("leave.button"));
        assertEquals("Leave this site", languages.forLanguage("en").text("leave.button"));
    }

    @Test
    void aLanguageWithoutWordingShowsEnglishAndSaysItIsEnglish() {
        Messages somali = InterfaceLanguages.load(site).forLanguage("so");
        assertEquals("Leave this site", somali.text("leave.button"));
        assertEquals("en-GB", somali.languageOf("leave.button"));
    }

    @Test
    void aSiteAddsALanguageInDataMessagesAndWhatItLeavesOutStaysEnglish() throws IOException {
        write("data/messages/so.yaml", "leave.button: Ka bax boggan\n");
        Messages somali = InterfaceLanguages.load(site).forLanguage("so");
        assertEquals("Ka bax boggan", somali.text("leave.button"));
        assertEquals("so", somali.languageOf("leave.button"));
        assertEquals("Skip to main content", somali.text("skip-link"));
        assertEquals("en-GB", somali.languageOf("skip-link"));
    }

    @Test
    void aSiteChangesOneStringOfAShippedLanguageAndKeepsTheRest() throws IOException {
        write("data/messages/pl.yaml", "leave.button: Wyjdź szybko\n");
        Messages polish = InterfaceLanguages.load(site).forLanguage("pl");
        assertEquals("Wyjdź szybko", polish.text("leave.button"));
        assertEquals("Szukaj", polish.text("search-box.button"));
    }

    @Test
    void theSitesEnglishWordingStillComesFromTemplatesMessagesYaml() throws IOException {
        write("templates/messages.yaml", "leave.button: Get out now\n");
        InterfaceLanguages languages = InterfaceLanguages.load(site);
        assertEquals("Get out now", languages.english().text("leave.button"));
        assertEquals("Get out now", languages.forLanguage("so").text("leave.button"));
    }

    @Test
    void aNameHavenDoesNotUseInALanguageFileIsExplained() throws IOException {
        write("data/messages/so.yaml", "leave.buton: Ka bax\n");
        ThemeException e = assertThrows(ThemeException.class, () -> InterfaceLanguages.load(site));
        assertEquals("data/messages/so.yaml", e.templateFile());
        assertTrue(e.getMessage().contains("'leave.buton'"), e.getMessage());
    }

    @Test
    void checkWarnsOfALanguageWithNoWordingNamingTheFileToAdd() {
        List<Problem> warnings = InterfaceLanguages.load(site).missingWording(List.of("en-GB", "pl", "so"));
        assertEquals(1, warnings.size(), warnings.toString());
        Problem somali = warnings.get(0);
        assertEquals("data/messages/so.yaml", somali.file());
        assertTrue(somali.message().contains("'so'") && somali.message().contains("English"), somali.message());
        assertTrue(somali.fix().contains("data/messages/so.yaml"), somali.fix());
    }

    @Test
    void checkWarnsOfEachStringALanguageFileLeavesOut() throws IOException {
        write("data/messages/so.yaml", "leave.button: Ka bax boggan\n");
        List<Problem> warnings = InterfaceLanguages.load(site).missingWording(List.of("so"));
        assertEquals(1, warnings.size(), warnings.toString());
        Problem somali = warnings.get(0);
        assertEquals("data/messages/so.yaml", somali.file());
        assertTrue(
                somali.message().contains("skip-link") && !somali.message().contains("leave.button"), somali.message());
    }

    @Test
    void theShippedLanguagesLeaveNothingOut() {
        assertEquals(List.of(), InterfaceLanguages.load(site).missingWording(InterfaceLanguages.SHIPPED));
    }

    @Test
    void interfaceTextMarksWhatIsNotInThePagesLanguage() {
        InterfaceLanguages languages = InterfaceLanguages.load(site);
        InterfaceText polish = InterfaceText.of(languages, "pl", "en-GB");
        assertEquals("Opuść stronę", polish.text("leave.button").toString());
        assertEquals(
                "<span lang=\"en-GB\">Riverside &amp; Co</span>",
                polish.site("Riverside & Co").toString());
        InterfaceText arabic = InterfaceText.of(languages, "ar", "en-GB");
        assertEquals("rtl", arabic.dir());
        assertEquals(
                "<span lang=\"en-GB\" dir=\"ltr\">Riverside</span>",
                arabic.site("Riverside").toString());
        InterfaceText somali = InterfaceText.of(languages, "so", "en-GB");
        assertEquals(
                "<span lang=\"en-GB\">Leave this site</span>",
                somali.text("leave.button").toString());
        InterfaceText english = InterfaceText.of(languages, "en", "en-GB");
        assertEquals("Riverside", english.site("Riverside").toString());
        assertEquals(
                "If a child is in danger now, call <a class=\"x\" href=\"tel:999\" dir=\"ltr\">999</a>",
                english.text("help.emergency", Map.of("phone", english.phone("999", "tel:999", "x")))
                        .toString());
    }

    private void write(String file, String yaml) throws IOException {
        Path path = site.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, yaml);
    }
}
