package org.haven.listings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.haven.content.ContentFolder;
import org.haven.content.NavigationSetting;
import org.haven.content.Page;
import org.haven.content.SiteDataLoader;
import org.haven.problems.Problems;
import org.haven.theme.Messages;
import org.haven.views.LinkView;
import org.haven.views.NavigationLink;

/**
 * The header's main links: as {@code data/site.yaml} sets them ({@code navigation:}), or else
 * Haven's own, only to parts the site has and never to a page in another language.
 */
public final class Navigation {
    private final List<LinkView> links = new ArrayList<>();
    private final List<NavigationSetting> notFound = new ArrayList<>();

    public Navigation(SiteContent content, Messages messages) {
        Map<String, String> generated = GeneratedPages.titles(content, messages);
        List<NavigationSetting> settings = content.site().navigation();
        if (settings.isEmpty()) {
            addDefaults(content, messages, generated);
            return;
        }
        for (NavigationSetting setting : settings) {
            addressOf(setting, content, generated)
                    .ifPresentOrElse(url -> links.add(new LinkView(setting.label(), url)), () -> notFound.add(setting));
        }
    }

    private void addDefaults(SiteContent content, Messages messages, Map<String, String> generated) {
        ReportHub.url(content).ifPresent(hub -> links.add(new LinkView(messages.text("navigation.concern"), hub)));
        if (generated.containsKey(SiteUrls.LEVELS))
            links.add(new LinkView(messages.text("navigation.levels"), SiteUrls.LEVELS));
        if (generated.containsKey(SiteUrls.PLANS))
            links.add(new LinkView(messages.text("navigation.plans"), SiteUrls.PLANS));
        if (generated.containsKey(SiteUrls.REVIEWS))
            links.add(new LinkView(messages.text("navigation.reviews"), SiteUrls.REVIEWS));
        if (generated.containsKey(SiteUrls.NEWS))
            links.add(new LinkView(messages.text("navigation.news"), SiteUrls.NEWS));
        content.at("/about/")
                .filter(p -> !p.isTranslation(content.site().language()))
                .ifPresent(p -> links.add(new LinkView(messages.text("navigation.about"), p.url())));
    }

    /** The address a setting opens: its content file's, or its site path where a page or generated page is. */
    private static Optional<String> addressOf(
            NavigationSetting setting, SiteContent content, Map<String, String> generated) {
        if (setting.namesContentFile()) {
            String source = "content/" + setting.page();
            return content.pages().stream()
                    .filter(p -> p.source().equals(source))
                    .map(Page::url)
                    .findFirst()
                    .or(() -> Optional.of(ContentFolder.urlOf(source)).filter(generated::containsKey));
        }
        String path =
                setting.page().endsWith("/") || setting.page().contains(".") ? setting.page() : setting.page() + "/";
        return Optional.of(path).filter(url -> content.at(url).isPresent() || generated.containsKey(url));
    }

    /** Says which links set in {@code data/site.yaml} name a page the site does not have. */
    public void reportPagesNotFound(Problems problems) {
        for (NavigationSetting setting : notFound) {
            problems.error(
                    SiteDataLoader.SITE_FILE,
                    setting.line(),
                    "The navigation link '" + setting.label() + "' opens '" + setting.page()
                            + "', which is not a page of this site.",
                    "Name a file under content/, such as 'page: reporting/worried-about-a-child.adoc', or an address the site has, such as 'page: /levels-of-need/'.");
        }
    }

    /** The links as the page at {@code url} shows them: current where the page is at or under one. */
    public List<NavigationLink> at(String url) {
        return links.stream()
                .map(link -> new NavigationLink(link.title(), link.url(), url.startsWith(link.url())))
                .toList();
    }
}
