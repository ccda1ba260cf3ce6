package org.haven.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A page's conversion is kept under the site's attributes it names, so a changed phone number
 * converts again the pages that give it, and only those: named in a reference, a condition or
 * a file it includes, in any case, or through the value of another attribute it names.
 */
class AttributesAPageNamesTest {
    private static final Map<String, Object> ATTRIBUTES = Map.of(
            "idprefix", "",
            "contact-front-door-phone", "01234 567890",
            "contact-lado-phone", "01234 567891",
            "site-name", "Testshire, phone {contact-out-of-hours-phone}",
            "contact-out-of-hours-phone", "01234 000000",
            "short-name", "TSCP");
    private static final Set<String> SITE_OWN = Set.of(
            "contact-front-door-phone", "contact-lado-phone", "site-name", "contact-out-of-hours-phone", "short-name");

    @Test
    void haveSettingsAndTheSitesAttributesItNames() {
        assertEquals(
                Map.of("idprefix", "", "contact-front-door-phone", "01234 567890"),
                ConversionCache.named(ATTRIBUTES, SITE_OWN, "Phone {Contact-Front-Door-Phone}.", List.of()));
    }

    @Test
    void includingThoseNamedInConditionsIncludedFilesAndOtherValues() {
        assertEquals(
                Map.of(
                        "idprefix", "",
                        "contact-lado-phone", "01234 567891",
                        "site-name", "Testshire, phone {contact-out-of-hours-phone}",
                        "contact-out-of-hours-phone", "01234 000000",
                        "short-name", "TSCP"),
                ConversionCache.named(
                        ATTRIBUTES,
                        SITE_OWN,
                        "ifdef::short-name[]\nWelcome to {site-name}.\nendif::[]",
                        List.of("Professionals phone {contact-lado-phone}.")));
    }

    @Test
    void butNotThoseWhoseNameIsOnlyPartOfAWord() {
        assertEquals(
                Map.of("idprefix", ""),
                ConversionCache.named(
                        ATTRIBUTES,
                        SITE_OWN,
                        "Our short-names list, the xshort-name and {contact-lado-phone-2}.",
                        List.of()));
    }

    @Test
    void whereverTheNameStandsAsAWordInAnyCaseEvenAfterAHyphen() {
        AttributeMentions mentions =
                new AttributeMentions(Set.of("short-name", "site-name", "Tel_2", "x", "café-phone"));
        assertEquals(Set.of("short-name"), mentions.in("SHORT-NAME"));
        assertEquals(Set.of("short-name", "site-name"), mentions.in("ifndef::site-name[]{Short-Name}"));
        assertEquals(Set.of("short-name"), mentions.in("our-short-name"));
        assertEquals(Set.of("Tel_2", "x"), mentions.in("call {tel_2}, or x."));
        assertEquals(Set.of("café-phone"), mentions.in("{CAFÉ-PHONE}"));
        assertEquals(Set.of(), mentions.in("short-names, site-name-2, tel_22, xx, _x, 2x, décafé-phone-2"));
    }

    /** The definition read one name at a time, as Asciidoctor would look each one up. */
    @Test
    void findsWhatSearchingForEachNameInTurnFinds() {
        List<String> names = List.of("a", "ab", "b-a", "site-name", "x_1", "ça");
        String alphabet = "aAbB-_x1 {}:çÇ\n";
        java.util.Random random = new java.util.Random(7);
        AttributeMentions mentions = new AttributeMentions(Set.copyOf(names));
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                if (random.nextInt(4) == 0) text.append(names.get(random.nextInt(names.size())));
                else text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Set<String> expected = new java.util.TreeSet<>();
            String lower = text.toString().toLowerCase(java.util.Locale.ROOT);
            for (String name : names)
                if (standsAsAWord(lower, name.toLowerCase(java.util.Locale.ROOT))) expected.add(name);
            assertEquals(expected, mentions.in(text.toString()), "in: " + text);
        }
    }

    private static boolean standsAsAWord(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean startsWord = at == 0 || !wordCharacter(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !(wordCharacter(text.charAt(end)) || text.charAt(end) == '-');
            if (startsWord && endsWord) return true;
        }
        return false;
    }

    private static boolean wordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
