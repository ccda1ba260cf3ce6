package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On every page written in several languages, each link of the language switcher and each
 * {@code hreflang} link in the head opens a page of the site in the language it names, and that
 * page links back: a reader who follows one arrives where it said, and search engines see both ways.
 */
class TranslationLinksResolveTest {
    @RegisterExtension
    static final Chromium browser = Chromium.withJavaScript();

    /**
     * What is wrong with the open page's language links, each followed by the browser's own
     * {@code fetch}: a page that is not there, one in another language than the link says, or one
     * that does not link back to this page.
     */
    @SuppressWarnings("unchecked")
    static List<String> problems() {
        return (List<String>)
                browser.asyncScript(
                        """
                var done = arguments[arguments.length - 1];
                var here = location.pathname;
                var links = [];
                document.querySelectorAll('nav.haven-languages a[hreflang]').forEach(function (a) {
                  links.push({where: 'switcher', lang: a.getAttribute('hreflang'), shownAs: a.getAttribute('lang'), path: new URL(a.href).pathname});
                });
                document.querySelectorAll('head link[rel=alternate][hreflang]').forEach(function (l) {
                  links.push({where: 'head', lang: l.getAttribute('hreflang'), shownAs: l.getAttribute('hreflang'), path: new URL(l.getAttribute('href')).pathname});
                });
                if (document.querySelector('nav.haven-languages') && !links.some(function (l) { return l.where === 'head'; }))
                  links.push({where: 'head', missing: true});
                Promise.all(links.map(function (link) {
                  if (link.missing) return ['the page has a language switcher but no hreflang links'];
                  var said = link.where + ' link ' + link.lang + ' ' + link.path;
                  return fetch(link.path).then(function (r) {
                    if (!r.ok) return [said + ' answers ' + r.status];
                    return r.text().then(function (text) {
                      var page = new DOMParser().parseFromString(text, 'text/html');
                      var found = [];
                      var lang = page.documentElement.getAttribute('lang');
                      if (link.lang !== 'x-default' && lang !== link.lang) found.push(said + ' opens a page in ' + lang);
                      if (link.shownAs !== link.lang) found.push(said + ' is marked lang=' + link.shownAs);
                      var back = Array.prototype.map.call(page.querySelectorAll('head link[rel=alternate][hreflang]'),
                        function (l) { return new URL(l.getAttribute('href')).pathname; });
                      if (back.indexOf(here) === -1) found.push(said + ' does not link back to ' + here);
                      return found;
                    });
                  });
                })).then(function (all) { done([].concat.apply([], all)); }, function (e) { done(['failed: ' + e]); });
                """);
    }

    private static Findings onTranslatedPages(BrowserSites.Served site, String name) {
        Findings findings = new Findings(name);
        for (String page : site.pages()) {
            if (site.site().page(page).select("head link[hreflang]").isEmpty()) continue;
            browser.open(site.url(page));
            for (String problem : problems()) findings.add(page, problem);
            findings.checked();
        }
        return findings;
    }

    @Test
    void everyLanguageLinkOpensThePageInThatLanguageWhichLinksBack() {
        Findings findings = onTranslatedPages(BrowserSites.get("example"), "Language links on the example site");
        assertEquals(8, findings.pagesChecked(), "four languages of a page and of its easy read");
        findings.assertNone();
    }

    @Test
    void onTheSecondPartnershipsSiteTooWhoseTranslationsShareAFolderWithTheirEnglishPage() {
        Findings findings = onTranslatedPages(BrowserSites.get("riverside"), "Language links on the riverside site");
        assertEquals(
                13,
                findings.pagesChecked(),
                "seven languages of a page (Somali among them), four of its easy read, and the report hub's"
                        + " introduction in English and Polish");
        findings.assertNone();
    }

    @Test
    void aLinkToAPageThatIsNotThereOrInAnotherLanguageIsFound() {
        BrowserSites.Served example = BrowserSites.get("example");
        StaticSiteServer broken = BrokenPages.withTranslationLinksBroken(example);
        try {
            Findings findings = onTranslatedPages(
                    new BrowserSites.Served("example-broken", example.site(), broken), "broken on purpose");
            String found = String.join("\n", findings.lines());
            assertTrue(found.contains("switcher link uk /uk/worried-about-child/ answers 404"), found);
            assertTrue(found.contains("switcher link ar /ur/worried-about-a-child/ opens a page in ur"), found);
        } finally {
            broken.close();
        }
    }
}
