package org.haven.listings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.haven.content.Page;
import org.haven.theme.Messages;
import org.haven.views.LinkView;

/**
 * The trail from the home page to a page: every folder above it that has a page or, for
 * levels, priorities, reviews and news in a folder with no page, the listing they belong to.
 */
public final class Breadcrumbs {
    private final Map<String, String> titleByUrl;
    private final String home;

    /**
     * @param titleByUrl the title of every page in the build, content and generated
     * @param messages   where the first crumb's wording comes from
     */
    public Breadcrumbs(Map<String, String> titleByUrl, Messages messages) {
        this.titleByUrl = titleByUrl;
        this.home = messages.text("breadcrumbs.home");
    }

    public List<LinkView> to(String url) {
        List<LinkView> trail = new ArrayList<>();
        if (url.equals(SiteUrls.HOME)) return trail;
        trail.add(new LinkView(home, SiteUrls.HOME));
        String[] parts = url.split("/");
        StringBuilder path = new StringBuilder("/");
        for (int i = 1; i < parts.length - 1; i++) {
            path.append(parts[i]).append('/');
            String title = titleByUrl.get(path.toString());
            if (title != null) trail.add(new LinkView(title, path.toString()));
        }
        return trail;
    }

    public List<LinkView> to(Page page) {
        List<LinkView> trail = to(page.url());
        String listing = page.easyRead()
                ? null
                : switch (page.type()) {
                    case LEVEL -> SiteUrls.LEVELS;
                    case PRIORITY -> SiteUrls.plan(page.priority().orElseThrow().plan());
                    case REVIEW -> SiteUrls.REVIEWS;
                    case NEWS -> SiteUrls.NEWS;
                    default -> null;
                };
        // The listing stands in for the page's folder: where the folder has a page of its own
        // (a priority under /plan/ has "Business plan 2023 to 2026"), a second crumb naming
        // the same thing would only confuse.
        boolean inAFolderWithAPage = trail.size() > 1;
        if (listing != null && titleByUrl.containsKey(listing) && !inAFolderWithAPage) {
            trail.add(new LinkView(titleByUrl.get(listing), listing));
        }
        return trail;
    }
}
