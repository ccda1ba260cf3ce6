package org.haven.bake;

import java.util.List;
import java.util.Set;
import org.haven.content.PhoneNumbers;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Every UK phone number in a page's text becomes a {@code tel:} link a phone dials with one
 * tap, kept on one line by the theme ({@code .haven-phone}) and read left to right in any
 * language (in an Urdu or Arabic sentence its groups of digits would otherwise be shown in
 * reverse order: a wrong number). Numbers already in a link, and in code, are left as written.
 */
final class PhoneLinks {
    private static final Set<String> LEFT_ALONE_IN =
            Set.of("a", "code", "pre", "kbd", "samp", "script", "svg", "title", "abbr");

    private PhoneLinks() {}

    /** @param emergencyPhone the site's emergency number, linked wherever it is written */
    static void link(Element body, String emergencyPhone) {
        for (TextNode text : TextNodes.outside(body, LEFT_ALONE_IN)) {
            List<PhoneNumbers.Found> numbers = PhoneNumbers.findIn(text.getWholeText(), emergencyPhone);
            TextNode rest = text;
            int consumed = 0;
            for (PhoneNumbers.Found number : numbers) {
                TextNode found = number.start() == consumed ? rest : rest.splitText(number.start() - consumed);
                int length = number.end() - number.start();
                TextNode after = length < found.getWholeText().length() ? found.splitText(length) : null;
                found.replaceWith(new Element("a")
                        .addClass("govuk-link")
                        .addClass("haven-phone")
                        .attr("href", PhoneNumbers.telHref(number.written()))
                        .attr("dir", "ltr")
                        .text(number.written()));
                if (after == null) break;
                rest = after;
                consumed = number.end();
            }
        }
    }
}
