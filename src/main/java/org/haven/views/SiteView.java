package org.haven.views;

import java.util.List;

/** {@code site}: the partnership, its emergency number and contacts, and the day of the build. */
public record SiteView(
        String name,
        String shortName,
        String url,
        String language,
        String emergencyPhone,
        String emergencyPhoneHref,
        String exitUrl,
        boolean example,
        String builtOn,
        String builtOnText,
        List<ContactView> contacts,
        List<ContactView> publicContacts,
        List<ContactView> professionalContacts) {}
