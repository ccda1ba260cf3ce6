package org.haven.listings;

import org.haven.content.Audience;
import org.haven.content.PageType;
import org.haven.theme.Messages;
import org.haven.views.LinkView;
import org.haven.views.NavigationLink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The header's main links: only to parts the site has. */
public final class Navigation {
    private final List<LinkView> links;

    public Navigation(SiteContent content, Messages messages) {
        List<LinkView> links = new ArrayList<>();
        content.ofType(PageType.CONCERN).stream()
                .filter(p -> p.audience() != Audience.PROFESSIONAL)
                .findFirst().or(() -> content.ofType(PageType.CONCERN).stream().findFirst())
                .ifPresent(p -> links.add(new LinkView(messages.text("navigation.concern"), p.url())));
        Map<String, String> generated = GeneratedPages.titles(content, messages);
        if (generated.containsKey(SiteUrls.LEVELS)) links.add(new LinkView(messages.text("navigation.levels"), SiteUrls.LEVELS));
        if (generated.containsKey(SiteUrls.PLANS)) links.add(new LinkView(messages.text("navigation.plans"), SiteUrls.PLANS));
        if (generated.containsKey(SiteUrls.REVIEWS)) links.add(new LinkView(messages.text("navigation.reviews"), SiteUrls.REVIEWS));
        if (generated.containsKey(SiteUrls.NEWS)) links.add(new LinkView(messages.text("navigation.news"), SiteUrls.NEWS));
        content.at("/about/").ifPresent(p -> links.add(new LinkView(messages.text("navigation.about"), p.url())));
        this.links = List.copyOf(links);
    }

    /** The links as the page at {@code url} shows them: current where the page is at or under one. */
    public List<NavigationLink> at(String url) {
        return links.stream().map(link -> new NavigationLink(link.title(), link.url(), url.startsWith(link.url()))).toList();
    }
}
