package org.haven.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.haven.content.Page;
import org.haven.views.CardView;
import org.haven.views.HomeModel;
import org.junit.jupiter.api.Test;

/** The report hub: where it is, and the order a worried person meets the ways to report. */
class ReportHubTest {

    @Test
    void pagesComeInThePartnershipsOrderNotTheAlphabets() {
        SiteContent site = new SmallSite()
                .concern("reporting/children.adoc", "Help for children", ":order: 2")
                .concern("reporting/worried.adoc", "Worried about a child?", ":order: 1")
                .concern("reporting/staff.adoc", "Concerns about staff", ":order: 3")
                .content();
        assertEquals(List.of("Worried about a child?", "Help for children", "Concerns about staff"), titles(site));
    }

    @Test
    void pagesWithTheSameOrderOrNoneGoByTitleAfterThoseWithAnOrder() {
        SiteContent site = new SmallSite()
                .concern("reporting/b.adoc", "Bravo")
                .concern("reporting/c.adoc", "Charlie", ":order: 5")
                .concern("reporting/a.adoc", "Alpha")
                .concern("reporting/d.adoc", "Delta", ":order: 5")
                .content();
        assertEquals(List.of("Charlie", "Delta", "Alpha", "Bravo"), titles(site));
    }

    @Test
    void publicPagesComeBeforeProfessionalsPagesWhateverTheirOrder() {
        SiteContent site = new SmallSite()
                .concern("reporting/pros.adoc", "A referral for professionals", ":order: 1", ":audience: professional")
                .concern("reporting/worried.adoc", "Worried about a child?", ":order: 9", ":audience: public")
                .concern("reporting/everyone.adoc", "Tell us", ":order: 10")
                .content();
        assertEquals(List.of("Worried about a child?", "Tell us", "A referral for professionals"), titles(site));
    }

    @Test
    void theHubIsAtTheFolderHoldingMostConcernPagesNotInAnotherLanguage() {
        SiteContent site = new SmallSite()
                .concern("help/tell-us.adoc", "Tell us")
                .concern("polski/zglos.adoc", "Zgłoś", ":lang: pl")
                .concern("polski/dzieci.adoc", "Dzieci", ":lang: pl")
                .concern("help/staff.adoc", "Staff")
                .content();
        assertEquals(Optional.of("/help/"), ReportHub.url(site));
    }

    @Test
    void theHubListsNoPageInAnotherLanguage() {
        SiteContent site = new SmallSite()
                .concern("reporting/worried.adoc", "Worried about a child?")
                .concern(
                        "pl/worried.adoc",
                        "Martwisz się o dziecko?",
                        ":lang: pl",
                        ":translation-of: reporting/worried.adoc")
                .concern("ur/help.adoc", "مدد", ":lang: ur")
                .content();
        assertEquals(List.of("Worried about a child?"), titles(site));
    }

    @Test
    void onATieTheFirstFolderByNameHoldsTheHub() {
        SiteContent site = new SmallSite()
                .concern("zebra/a.adoc", "A")
                .concern("apple/b.adoc", "B")
                .content();
        assertEquals(Optional.of("/apple/"), ReportHub.url(site));
    }

    @Test
    void concernPagesAtTheTopOfContentPutTheHubAtReporting() {
        SiteContent site = new SmallSite()
                .concern("worried.adoc", "Worried about a child?")
                .content();
        assertEquals(Optional.of("/reporting/"), ReportHub.url(site));
    }

    @Test
    void aSiteWithoutConcernPagesHasNoHub() {
        assertEquals(
                Optional.empty(),
                ReportHub.url(new SmallSite()
                        .page("about/index.adoc", "About", ":jbake-type: page")
                        .content()));
    }

    @Test
    void aConcernPageAtTheHubsAddressIsItsIntroductionNotAnEntry() {
        SiteContent site = new SmallSite()
                .concern("reporting/index.adoc", "Report a concern")
                .concern("reporting/worried.adoc", "Worried about a child?")
                .content();
        assertEquals(List.of("Worried about a child?"), titles(site));
    }

    @Test
    void theHomePageListsTheConcernPagesInTheHubsOrder() {
        SiteContent site = new SmallSite()
                .concern("reporting/children.adoc", "Help for children", ":order: 2")
                .concern("reporting/worried.adoc", "Worried about a child?", ":order: 1")
                .content();
        GeneratedPages generated = new GeneratedPages(
                site,
                noPage -> null,
                new PageViews(
                        site,
                        new Breadcrumbs(
                                GeneratedPages.titles(site, SmallSite.MESSAGES),
                                Map.of(),
                                Map.of(),
                                SmallSite.LANGUAGES,
                                "en-GB"),
                        SmallSite.LANGUAGES),
                SmallSite.MESSAGES);
        GeneratedPage home = generated.all().stream()
                .filter(p -> p.url().equals(SiteUrls.HOME))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("Worried about a child?", "Help for children"),
                ((HomeModel) home.model())
                        .concernPages().stream().map(CardView::title).toList());
    }

    private static List<String> titles(SiteContent site) {
        return ReportHub.pages(site).stream().map(Page::title).toList();
    }
}
