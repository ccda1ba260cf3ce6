package org.haven.bake;

import java.util.LinkedHashMap;
import java.util.Map;
import org.haven.content.Contact;
import org.haven.content.SiteConfig;

/** The AsciiDoc attributes every page is converted with: the site's contacts and Haven's settings. */
final class PageAttributes {
    private PageAttributes() {}

    static Map<String, Object> of(SiteConfig site) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("imagesdir", "/images");
        attributes.put("idprefix", "");
        attributes.put("idseparator", "-");
        attributes.put("notitle", "");
        attributes.put("nofooter", "");
        attributes.put("sectanchors!", "");
        attributes.put("icons!", "");
        attributes.put("data-uri!", "");
        attributes.put("allow-uri-read!", "");
        attributes.put("figure-caption!", "");
        attributes.put("table-caption!", "");
        attributes.put("attribute-missing", "warn");
        attributes.putAll(referable(site));
        return attributes;
    }

    /** The attributes a page may refer to: the site's own (emergency phone, names) and its contacts. */
    static Map<String, String> referable(SiteConfig site) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("emergency-phone", site.emergencyPhone());
        attributes.put("site-name", site.name());
        attributes.put("short-name", site.shortName());
        for (Contact contact : site.contacts()) attributes.putAll(contact.attributes());
        return attributes;
    }
}
