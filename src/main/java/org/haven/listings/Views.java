package org.haven.listings;

import java.time.LocalDate;
import java.util.List;
import org.haven.content.Contact;
import org.haven.content.LevelDetails;
import org.haven.content.Page;
import org.haven.content.PhoneNumbers;
import org.haven.content.ReviewDetails;
import org.haven.content.SiteConfig;
import org.haven.views.CardView;
import org.haven.views.ContactView;
import org.haven.views.SiteView;
import org.haven.views.ThemeLink;

/** The records every template is given that need nothing but the content: the site, its contacts, page cards. */
public final class Views {
    private Views() {}

    /** A card: enough of a page to list it. */
    public static CardView card(Page page) {
        return new CardView(
                page.title(),
                page.url(),
                page.summary(),
                page.typeLabel(),
                type(page),
                Dates.iso(page.date()),
                Dates.text(page.date()),
                page.level().map(LevelDetails::level).orElse(null),
                page.level().map(LevelDetails::name).orElse(null),
                page.review().map(ReviewDetails::reviewType).orElse(null),
                page.review().map(ReviewDetails::subject).orElse(null),
                page.review().map(ReviewDetails::themes).orElse(List.of()).stream()
                        .map(theme -> new ThemeLink(theme, SiteUrls.reviewTheme(theme)))
                        .toList(),
                page.date() == null ? null : page.date().getYear(),
                page.priority().map(priority -> priority.scope().word()).orElse(null));
    }

    /** The page's type as templates name it: its {@code jbake-type}, or {@code easy-read}. */
    public static String type(Page page) {
        return page.easyRead() ? "easy-read" : page.type().word();
    }

    public static List<CardView> cards(List<Page> pages) {
        return pages.stream().map(Views::card).toList();
    }

    /** @param builtOn the day of this build: a printed page says it showed the site as it was then */
    public static SiteView site(SiteConfig site, LocalDate builtOn) {
        return new SiteView(
                site.name(),
                site.shortName(),
                site.baseUrl(),
                site.language(),
                site.emergencyPhone(),
                PhoneNumbers.telHref(site.emergencyPhone()),
                site.exitUrl(),
                site.example(),
                Dates.iso(builtOn),
                Dates.text(builtOn),
                contacts(site.contacts()),
                contacts(site.publicContacts()),
                contacts(site.professionalContacts()));
    }

    private static List<ContactView> contacts(List<Contact> contacts) {
        return contacts.stream()
                .map(c -> new ContactView(
                        c.id(), c.name(), c.audience().word(), c.phone(), c.phoneHref(), c.hours(), c.url(), c.email()))
                .toList();
    }
}
