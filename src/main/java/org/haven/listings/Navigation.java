package org.haven.listings;

import org.haven.content.Audience;
import org.haven.content.PageType;
import org.haven.views.LinkView;
import org.haven.views.NavigationLink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The header's main links: only to parts the site has. */
public final class Navigation {
    private final List<LinkView> links;

    public Navigation(SiteContent content) {
        List<LinkView> links = new ArrayList<>();
        content.ofType(PageType.CONCERN).stream()
                .filter(p -> p.audience() != Audience.PROFESSIONAL)
                .findFirst().or(() -> content.ofType(PageType.CONCERN).stream().findFirst())
                .ifPresent(p -> links.add(new LinkView("Report a concern", p.url())));
        Map<String, String> generated = GeneratedPages.titles(content);
        if (generated.containsKey(SiteUrls.LEVELS)) links.add(new LinkView("Levels of need", SiteUrls.LEVELS));
        if (generated.containsKey(SiteUrls.PLANS)) links.add(new LinkView("Our priorities", SiteUrls.PLANS));
        if (generated.containsKey(SiteUrls.REVIEWS)) links.add(new LinkView("Learning from reviews", SiteUrls.REVIEWS));
        if (generated.containsKey(SiteUrls.NEWS)) links.add(new LinkView("News", SiteUrls.NEWS));
        content.at("/about/").ifPresent(p -> links.add(new LinkView("About us", p.url())));
        this.links = List.copyOf(links);
    }

    /** The links as the page at {@code url} shows them: current where the page is at or under one. */
    public List<NavigationLink> at(String url) {
        return links.stream().map(link -> new NavigationLink(link.title(), link.url(), url.startsWith(link.url()))).toList();
    }
}
