package org.haven.listings;

import java.util.List;
import org.haven.content.ContentFolder;
import org.haven.content.Language;
import org.haven.content.NewsDetails;
import org.haven.content.Page;
import org.haven.theme.InterfaceLanguages;
import org.haven.theme.Messages;
import org.haven.theme.TextDirection;
import org.haven.views.CardView;
import org.haven.views.LanguageLink;
import org.haven.views.LinkView;
import org.haven.views.PageView;
import org.haven.views.TranslationsView;

/** The {@code page} each template is given: a content page's, or a generated page's. */
public final class PageViews {
    private final SiteContent content;
    private final Breadcrumbs breadcrumbs;
    private final Translations translations;
    private final InterfaceLanguages interfaceLanguages;

    /** @param languages the wording of the language switcher, in each page's language */
    public PageViews(SiteContent content, Breadcrumbs breadcrumbs, InterfaceLanguages languages) {
        this.content = content;
        this.breadcrumbs = breadcrumbs;
        this.translations = content.translations();
        this.interfaceLanguages = languages;
    }

    /** A content page, for its own template: linked to its easy-read or standard version, a draft until its date. */
    public PageView of(Page page, String html) {
        String easyRead = null;
        String standard = null;
        if (page.easyRead()) {
            standard = ContentFolder.urlOf(ContentFolder.standardFileOf(page.source()));
        } else {
            String companion = page.source().substring(0, page.source().length() - ".adoc".length())
                    + ContentFolder.EASY_READ_SUFFIX;
            if (content.byUrl().containsKey(ContentFolder.urlOf(companion))) easyRead = ContentFolder.urlOf(companion);
        }
        return view(
                page,
                html,
                Views.type(page),
                breadcrumbs.to(page),
                easyRead,
                standard,
                page.draft() || page.isScheduledAfter(content.today()));
    }

    /** A content page published at a generated page's address, for the generated page's template. */
    public PageView written(Page page, String template, String html) {
        return view(page, html, template, breadcrumbs.to(page.url()), null, null, page.draft());
    }

    /** A generated page that no content page stands in for. */
    public PageView generated(String template, String title, String summary, String url) {
        return PageView.of(CardView.plain(title, url, summary, "Page"), template)
                .audience("everyone")
                .lang(content.site().language())
                .breadcrumbs(breadcrumbs.to(url))
                .build();
    }

    private PageView view(
            Page page,
            String html,
            String type,
            List<LinkView> crumbs,
            String easyReadUrl,
            String standardUrl,
            boolean draft) {
        PageView.Builder view = PageView.of(Views.card(page), type)
                .html(html)
                .tags(page.tags())
                .audience(page.audience().word())
                .lang(page.language(content.site().language()).tag())
                .draft(draft)
                .ownedBy(page.owner(), Dates.iso(page.reviewBy()))
                .breadcrumbs(crumbs)
                .versions(easyReadUrl, standardUrl)
                .translations(translations
                        .of(page)
                        .map(group -> switcher(page, group))
                        .orElse(null));
        page.priority()
                .ifPresent(priority -> view.priority(
                        priority.plan(),
                        SiteUrls.plan(priority.plan()),
                        priority.scope().label()));
        page.review()
                .ifPresent(review -> view.review(
                        SiteUrls.reviewType(review.reviewType()),
                        page.date() == null
                                ? null
                                : SiteUrls.reviewYear(page.date().getYear()),
                        review.report(),
                        review.briefing()));
        if (page.details() instanceof NewsDetails news) view.expires(Dates.iso(news.expires()));
        return view.build();
    }

    /** The page's languages, each named in itself; the page the others translate also links to every language the site has. */
    private TranslationsView switcher(Page page, Translations.Group group) {
        List<LanguageLink> languages = group.members().stream()
                .map(member -> {
                    Language language = member.language(content.site().language());
                    return new LanguageLink(
                            language.ownName(),
                            language.tag(),
                            TextDirection.of(language.tag()),
                            member.url(),
                            member == page);
                })
                .toList();
        boolean original = group.original() == page && !page.easyRead();
        Messages messages = interfaceLanguages.forLanguage(
                page.language(content.site().language()).tag());
        return new TranslationsView(
                messages.text("language-switcher.label"),
                languages,
                group.original().url(),
                original ? messages.text("languages.title") : null,
                original ? SiteUrls.LANGUAGES : null);
    }
}
