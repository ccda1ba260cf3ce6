package org.haven.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.haven.views.FacetView;
import org.haven.views.ReviewsModel;
import org.junit.jupiter.api.Test;

/** A theme spelt another way on a new review joins the theme; it does not rename it on every review. */
class ReviewThemeLabelsTest {

    @Test
    void aNewerReviewSpeltDifferentlyDoesNotRenameTheTheme() {
        SmallSite site = new SmallSite()
                .page("reviews/child-a.adoc", "Child A", review("2020-01-01", "Neglect, information sharing"))
                .page("reviews/child-b.adoc", "Child B", review("2024-06-01", "neglect "))
                .page("reviews/child-c.adoc", "Child C", review("2025-06-01", "NEGLECT"));
        assertEquals(List.of("information sharing", "Neglect"), themeNames(site));
        assertEquals("Neglect", groupName(site, SiteUrls.reviewTheme("neglect")));
    }

    @Test
    void theNameIsTheSameWhicheverOrderTheReviewsAreRead() {
        SmallSite readBackwards = new SmallSite()
                .page("reviews/child-c.adoc", "Child C", review("2025-06-01", "NEGLECT"))
                .page("reviews/child-b.adoc", "Child B", review("2024-06-01", "neglect"))
                .page("reviews/child-a.adoc", "Child A", review("2020-01-01", "Neglect"));
        assertEquals(List.of("Neglect"), themeNames(readBackwards));
        assertEquals(
                "Reviews about neglect",
                GeneratedPages.titles(readBackwards.content(), SmallSite.MESSAGES)
                        .get(SiteUrls.reviewTheme("Neglect")));
    }

    private static String[] review(String date, String themes) {
        return new String[] {
            ":jbake-type: review",
            ":review-type: CSPR",
            ":subject: A child",
            ":jbake-date: " + date,
            ":themes: " + themes
        };
    }

    private static List<String> themeNames(SmallSite site) {
        return library(site, SiteUrls.REVIEWS).themes().stream()
                .map(FacetView::name)
                .toList();
    }

    private static String groupName(SmallSite site, String url) {
        return library(site, url).groupName();
    }

    private static ReviewsModel library(SmallSite site, String url) {
        SiteContent content = site.content();
        GeneratedPages generated = new GeneratedPages(
                content,
                noPage -> null,
                new PageViews(
                        content,
                        new Breadcrumbs(
                                GeneratedPages.titles(content, SmallSite.MESSAGES),
                                Map.of(),
                                Map.of(),
                                SmallSite.LANGUAGES,
                                "en-GB"),
                        SmallSite.LANGUAGES),
                SmallSite.MESSAGES);
        return (ReviewsModel) generated.all().stream()
                .filter(p -> p.url().equals(url))
                .findFirst()
                .orElseThrow()
                .model();
    }
}
