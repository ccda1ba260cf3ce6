package org.haven.checks;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.content.Contact;
import org.haven.content.FillIn;
import org.haven.content.Language;
import org.haven.content.Page;
import org.haven.content.PhoneNumbers;
import org.haven.problems.Problems;

/** Rules checked on a page's AsciiDoc text, where the line is known exactly. */
public final class SourceRules {
    private static final Pattern IMAGE = Pattern.compile("image::?([^\\[\\s]+)\\[([^\\]]*)\\]");
    /** The mark {@code haven new} leaves where a person must write something. */
    public static final String PLACEHOLDER = FillIn.MARK;
    /** What a draft's line with a FILL IN is said to be. */
    public static final String STILL_TO_WRITE = "Still to write: this line says '" + PLACEHOLDER + "'.";

    private SourceRules() {}

    /**
     * @param language the language the page is written in
     * @param glossaryTerms the glossary's terms, which explain acronyms on easy-read pages
     * @param contacts the site's contacts, whose numbers a page names by attribute
     */
    public static void check(
            Page page, Language language, Set<String> glossaryTerms, List<Contact> contacts, Problems problems) {
        List<String> lines = page.text().lines();
        boolean inListing = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("----") || line.startsWith("....")) inListing = !inListing;
            if (inListing || line.startsWith("//")) continue;
            imagesHaveAltText(page, line, i + 1, problems);
            noPlaceholderPublished(page, line, i + 1, problems);
            contactNumbersByAttribute(page, line, i + 1, contacts, problems);
        }
        HeaderRules.check(page, problems);
        if (page.easyRead()) EasyReadRules.check(page, language, glossaryTerms, problems);
    }

    private static void imagesHaveAltText(Page page, String line, int number, Problems problems) {
        if (!line.contains("image:")) return;
        Matcher image = IMAGE.matcher(line);
        while (image.find()) {
            String attributes = image.group(2).trim();
            if (attributes.isEmpty() || attributes.startsWith(",")) {
                problems.error(
                        page.source(),
                        number,
                        "The picture " + image.group(1)
                                + " has no alt text, so people who cannot see it are told nothing.",
                        "Say what the picture shows inside the brackets: image::" + image.group(1) + "[A telephone]."
                                + " If it is only decoration, write [\"\"].");
            }
        }
    }

    /**
     * {@code haven new} and {@code haven init} mark what a person must write with FILL IN; it must
     * never reach the public. In a draft it is what is still to do, so the preview and the
     * content report list it.
     */
    private static void noPlaceholderPublished(Page page, String line, int number, Problems problems) {
        if (!line.contains(PLACEHOLDER)) return;
        if (page.draft()) {
            problems.warning(
                    page.source(),
                    number,
                    STILL_TO_WRITE,
                    "Write the page's own words in place of '" + PLACEHOLDER
                            + "…'. When none is left, change ':jbake-status: draft' to ':jbake-status: published'.");
        } else {
            problems.error(
                    page.source(),
                    number,
                    "The page still says '" + PLACEHOLDER + "' and is set to be published.",
                    "Write the missing words in place of '" + PLACEHOLDER
                            + "', or keep ':jbake-status: draft' until it is ready.");
        }
    }

    /** A contact's number typed out would stay wrong when the number changes in data/site.yaml. */
    private static void contactNumbersByAttribute(
            Page page, String line, int number, List<Contact> contacts, Problems problems) {
        for (PhoneNumbers.Found typed : PhoneNumbers.findIn(line)) {
            for (Contact contact : contacts) {
                if (contact.phone() == null
                        || !PhoneNumbers.digits(contact.phone()).equals(typed.digits())) continue;
                String attribute = "{contact-" + contact.id() + "-phone}";
                problems.warning(
                        page.source(),
                        number,
                        typed.written() + " is typed out, and it is the number of " + contact.name()
                                + " in data/site.yaml.",
                        "Write " + attribute + " instead, so the page changes when the number does.");
            }
        }
    }
}
