package org.haven.bake;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.content.Page;
import org.haven.problems.Closest;
import org.haven.problems.Problems;

/**
 * What Asciidoctor says about a page, passed on in Haven's words. A reference to an attribute
 * that does not exist is an error: the page would show {@code {emergency-phon}} where a phone
 * number should be. Messages Haven reports better itself (heading order, cross references)
 * are left out; the rest are warnings.
 */
final class AsciidoctorMessages {
    private static final Pattern MISSING_ATTRIBUTE = Pattern.compile("missing attribute: (\\S+)");
    /** Said by includes_inside_the_site.rb, which refuses these includes. */
    private static final Pattern INCLUDE_OUTSIDE = Pattern.compile("haven-include-outside-the-site: (.+) -> (.+)");

    private static final Pattern INCLUDE_NOT_UTF8 = Pattern.compile("haven-include-not-utf-8: (.+)");

    private AsciidoctorMessages() {}

    /** @param knownAttributes the attributes a page may refer to, to suggest the one meant */
    static void report(Page page, AsciidocEngine.Message message, Set<String> knownAttributes, Problems problems) {
        String text = message.text();
        Matcher missing = MISSING_ATTRIBUTE.matcher(text);
        if (missing.find()) {
            missingAttribute(page, missing.group(1), knownAttributes, problems);
            return;
        }
        if (refusedInclude(page, message, problems)) return;
        if (text.contains("section title out of sequence") || text.contains("possible invalid reference")) return;
        String file = message.file() == null ? page.source() : message.file();
        problems.warning(
                file,
                message.line(),
                "AsciiDoc: " + text + ".",
                "Check the AsciiDoc on that line; the AsciiDoc syntax quick reference explains each kind of block.");
    }

    private static boolean refusedInclude(Page page, AsciidocEngine.Message message, Problems problems) {
        String includedBy = " It is included by " + (message.file() == null ? page.source() : message.file())
                + (message.line() > 0 ? " on line " + message.line() : "") + ".";
        Matcher outside = INCLUDE_OUTSIDE.matcher(message.text());
        if (outside.matches()) {
            problems.error(
                    outside.group(1),
                    0,
                    "This is a link to " + outside.group(2) + ", which is outside the site folder, "
                            + "so Haven will not include it: nothing from elsewhere on this computer is published."
                            + includedBy,
                    "Copy what you need into the site folder and remove the link.");
            return true;
        }
        Matcher notUtf8 = INCLUDE_NOT_UTF8.matcher(message.text());
        if (notUtf8.matches()) {
            problems.error(
                    notUtf8.group(1),
                    0,
                    "This file is not saved as UTF-8 text, so some characters cannot be read." + includedBy,
                    "Save the file again as UTF-8 (most editors offer it under 'Save as' or 'Encoding').");
            return true;
        }
        return false;
    }

    private static void missingAttribute(Page page, String name, Set<String> known, Problems problems) {
        String reference = "{" + name + "}";
        int line = page.text().lineContaining(reference);
        String where = line > 0 ? "" : " (in a file this page includes)";
        if (name.startsWith("contact-")) {
            problems.error(
                    page.source(),
                    line,
                    reference + " is not a contact in data/site.yaml" + where + ".",
                    suggestion(name, known)
                                    .map(s -> "Did you mean {" + s + "}? ")
                                    .orElse("")
                            + "Use a contact id and field from data/site.yaml, e.g. {contact-massh-phone}; the fields are name, for, phone, hours, url and email.");
            return;
        }
        problems.error(
                page.source(),
                line,
                reference + " is not an attribute Haven knows" + where + ", so the page would show '" + reference
                        + "' where its words should be.",
                suggestion(name, known).map(s -> "Did you mean {" + s + "}? ").orElse("")
                        + "The attributes every page can use are {emergency-phone}, {site-name}, {short-name} and the contacts in data/site.yaml, written {contact-ID-FIELD}.");
    }

    private static Optional<String> suggestion(String name, Set<String> known) {
        return Closest.to(name, known);
    }
}
