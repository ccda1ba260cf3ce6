package org.haven.content;

import java.util.List;

/**
 * The partnership's identity and contacts, from {@code data/site.yaml}.
 *
 * @param example true for a site that shows how Haven works, not a partnership's real site: every page says so
 * @param navigation the header's main links as the partnership sets them; empty for Haven's default links
 */
public record SiteConfig(
        String name,
        String shortName,
        String url,
        String language,
        String emergencyPhone,
        List<Contact> contacts,
        String exitUrl,
        Accessibility accessibility,
        double readingGradeLimit,
        boolean example,
        List<NavigationSetting> navigation) {

    /** The site's address without a trailing slash, ready to have a path added. */
    public String baseUrl() {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public List<Contact> publicContacts() {
        return contacts.stream().filter(Contact::isForPublic).toList();
    }

    public List<Contact> professionalContacts() {
        return contacts.stream().filter(Contact::isForProfessionals).toList();
    }
}
