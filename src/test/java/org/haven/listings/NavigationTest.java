package org.haven.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.haven.content.NavigationSetting;
import org.haven.content.SiteConfig;
import org.haven.content.SiteDataLoader;
import org.haven.problems.Problem;
import org.haven.problems.Problems;
import org.haven.support.SiteFolderFixture;
import org.haven.views.NavigationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The links across the top of every page: Haven's own, or the partnership's from data/site.yaml. */
class NavigationTest {

    @Test
    void byDefaultReportAConcernOpensTheReportHubWhateverTheFoldersAreCalled() {
        SiteContent site = new SmallSite()
                .concern("a-polski/zglos.adoc", "Zgłoś problem", ":lang: pl")
                .concern("help/children.adoc", "Help for children")
                .concern("help/worried.adoc", "Worried about a child?")
                .content();
        assertEquals(
                List.of(new NavigationLink("Report a concern", "/help/", false, "en-GB")),
                new Navigation(site, SmallSite.MESSAGES).at("/news/", SmallSite.MESSAGES));
    }

    @Test
    void byDefaultATranslatedAboutPageIsNotLinked() {
        SiteContent site = new SmallSite()
                .page("about/index.adoc", "O nas", ":jbake-type: page", ":lang: pl")
                .content();
        assertEquals(List.of(), new Navigation(site, SmallSite.MESSAGES).at("/", SmallSite.MESSAGES));
    }

    @Test
    void byDefaultAnAboutPageMarkedInTheSitesOwnLanguageIsLinked() {
        SiteContent site = new SmallSite()
                .page("about/index.adoc", "About us", ":jbake-type: page", ":lang: en-GB")
                .content();
        assertEquals(
                List.of(new NavigationLink("About us", "/about/", false, "en-GB")),
                new Navigation(site, SmallSite.MESSAGES).at("/", SmallSite.MESSAGES));
    }

    @Test
    void byDefaultAPageTranslatingAnotherIsNotLinked() {
        SiteContent site = new SmallSite()
                .concern("reporting/worried.adoc", "Worried about a child?")
                .concern(
                        "zglos/worried.adoc",
                        "Worried about a child? (Polish)",
                        ":translation-of: reporting/worried.adoc")
                .content();
        assertEquals(
                List.of(new NavigationLink("Report a concern", "/reporting/", false, "en-GB")),
                new Navigation(site, SmallSite.MESSAGES).at("/", SmallSite.MESSAGES));
    }

    @Test
    void thePartnershipsLinksReplaceTheDefaultInTheirOrder() {
        SiteContent site = new SmallSite()
                .concern("reporting/worried.adoc", "Worried about a child?")
                .page("about/index.adoc", "About", ":jbake-type: page")
                .navigation(
                        new NavigationSetting("Who we are", "/about", 3),
                        new NavigationSetting("Get help now", "reporting/worried.adoc", 5),
                        new NavigationSetting("All the ways to report", "reporting/index.adoc", 7))
                .content();
        assertEquals(
                List.of(
                        new NavigationLink("Who we are", "/about/", false, "en-GB"),
                        new NavigationLink("Get help now", "/reporting/worried/", true, "en-GB"),
                        new NavigationLink("All the ways to report", "/reporting/", true, "en-GB")),
                new Navigation(site, SmallSite.MESSAGES).at("/reporting/worried/", SmallSite.MESSAGES));
    }

    @Test
    void aLinkToAPageTheSiteDoesNotHaveIsAnErrorNamingSiteYamlAndItsLine(@TempDir Path folder) {
        SiteFolderFixture.minimal(folder)
                .write(
                        "data/site.yaml",
                        SiteFolderFixture.SITE_YAML
                                + """
                navigation:
                  - label: Report a concern
                    page: reporting/worried.adoc
                  - label: Levels
                    page: /levels-of-nede/
                """);
        Problems problems = new Problems();
        SiteConfig config = new SiteDataLoader(folder, problems, true).loadSite();
        SiteContent site = new SmallSite()
                .concern("reporting/worried.adoc", "Worried about a child?")
                .navigation(config.navigation().toArray(NavigationSetting[]::new))
                .content();
        Navigation navigation = new Navigation(site, SmallSite.MESSAGES);
        navigation.reportPagesNotFound(problems);

        List<Problem> found = problems.sorted();
        assertEquals(1, found.size(), found.toString());
        Problem problem = found.get(0);
        assertTrue(problem.isError());
        assertEquals("data/site.yaml", problem.file());
        int line = List.of((SiteFolderFixture.SITE_YAML).split("\n", -1)).size() + 4;
        assertEquals(line, problem.line(), problem.describe());
        assertTrue(problem.message().contains("/levels-of-nede/"), problem.message());
        assertFalse(navigation.at("/", SmallSite.MESSAGES).isEmpty());
    }
}
