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
import org.haven.views.NavigationLink;

/**
 * The header's main links: as {@code data/site.yaml} sets them ({@code navigation:}), or else
 * Haven's own, only to parts the site has and never to a page in another language.
 */
public final class Navigation {
    private final List<Link> links = new ArrayList<>();
    private final List<NavigationSetting> notFound = new ArrayList<>();
    private final String siteLanguage;

    /** A link labelled by the message called {@code messageName}, or by the site's own {@code label} where that is null. */
    private record Link(String messageName, String label, String url) {}

    public Navigation(SiteContent content, Messages messages) {
        this.siteLanguage = content.site().language();
        Map<String, String> generated = GeneratedPages.titles(content, messages);
        List<NavigationSetting> settings = content.site().navigation();
        if (settings.isEmpty()) {
            addDefaults(content, generated);
            return;
        }
        for (NavigationSetting setting : settings) {
            addressOf(setting, content, generated)
                    .ifPresentOrElse(
                            url -> links.add(new Link(null, setting.label(), url)), () -> notFound.add(setting));
        }
    }

    private void addDefaults(SiteContent content, Map<String, String> generated) {
        ReportHub.url(content).ifPresent(hub -> links.add(new Link("navigation.concern", null, hub)));
        if (generated.containsKey(SiteUrls.LEVELS)) links.add(new Link("navigation.levels", null, SiteUrls.LEVELS));
        if (generated.containsKey(SiteUrls.PLANS)) links.add(new Link("navigation.plans", null, SiteUrls.PLANS));
        if (generated.containsKey(SiteUrls.REVIEWS)) links.add(new Link("navigation.reviews", null, SiteUrls.REVIEWS));
        if (generated.containsKey(SiteUrls.NEWS)) links.add(new Link("navigation.news", null, SiteUrls.NEWS));
        content.at("/about/")
                .filter(p -> !p.isTranslation(content.site().language()))
                .ifPresent(p -> links.add(new Link("navigation.about", null, p.url())));
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

    /**
     * The links as the page at {@code url} shows them: current where the page is at or under one,
     * Haven's own labels in {@code wording}'s language and the site's own in the site's.
     */
    public List<NavigationLink> at(String url, Messages wording) {
        return links.stream()
                .map(link -> new NavigationLink(
                        link.messageName() == null ? link.label() : wording.text(link.messageName()),
                        link.url(),
                        url.startsWith(link.url()),
                        link.messageName() == null ? siteLanguage : wording.languageOf(link.messageName())))
                .toList();
    }
}
