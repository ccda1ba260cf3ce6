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
}
