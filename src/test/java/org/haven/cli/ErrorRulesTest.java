package org.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.haven.support.HavenRun;
import org.haven.support.SiteFolderFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule the content contract marks "error": the build stops with a message naming the
 * file, the line and the fix, prints no stack trace, and leaves the last good site untouched.
 */
class ErrorRulesTest {
    /** "Café" as Windows-1252 saves it: not UTF-8. */
    private static final byte[] NOT_UTF8 = {'C', 'a', 'f', (byte) 0xE9, '\n'};

    @TempDir
    Path folder;

    private SiteFolderFixture site;
    private Path output;

    @BeforeEach
    void buildTheLastGoodSite() {
        site = SiteFolderFixture.minimal(folder.resolve("site"));
        output = folder.resolve("out");
        HavenRun first = HavenRun.of("build", "--source", site.root().toString(), "--output", output.toString());
        assertEquals(0, first.exitCode(), first.all());
    }

    static Stream<Arguments> brokenSites() {
        return Stream.of(
                broken(
                        "a page with no title",
                        "content/reporting/worried.adoc:1",
                        "has no title",
                        s -> s.write(
                                "content/reporting/worried.adoc",
                                SiteFolderFixture.CONCERN.replace("= Worried about a child?\n", ""))),
                broken(
                        "an unknown jbake-type",
                        "content/reporting/worried.adoc:2",
                        "':jbake-type: leaflet' is not a type",
                        s -> s.write(
                                "content/reporting/worried.adoc",
                                SiteFolderFixture.CONCERN.replace(":jbake-type: concern", ":jbake-type: leaflet"))),
                broken(
                        "no jbake-status",
                        "content/reporting/worried.adoc:1",
                        "has no ':jbake-status:'",
                        s -> s.write(
                                "content/reporting/worried.adoc",
                                SiteFolderFixture.CONCERN.replace(":jbake-status: published\n", ""))),
                broken(
                        "a jbake-status Haven does not know",
                        "content/reporting/worried.adoc:3",
                        "':jbake-status: live'",
                        s -> s.write(
                                "content/reporting/worried.adoc",
                                SiteFolderFixture.CONCERN.replace("published", "live"))),
                broken(
                        "a date that is not YYYY-MM-DD",
                        "content/news/a.adoc:4",
                        "1/4/2024' is not a date",
                        s -> s.write("content/news/a.adoc", news(":jbake-date: 1/4/2024\n"))),
                broken(
                        "news with no date",
                        "content/news/a.adoc:2",
                        "needs a date",
                        s -> s.write("content/news/a.adoc", news(""))),
                broken(
                        "a page with no summary",
                        "content/reporting/worried.adoc",
                        "has no ':summary:'",
                        s -> s.write(
                                "content/reporting/worried.adoc",
                                SiteFolderFixture.CONCERN.replace(
                                        ":summary: How to tell someone if you think a child is being harmed.\n", ""))),
                broken(
                        "an order that is not a whole number",
                        "content/reporting/worried.adoc:6",
                        "':order: first' is not a whole number",
                        s -> s.write(
                                "content/reporting/worried.adoc",
                                SiteFolderFixture.CONCERN.replace(
                                        ":audience: public", ":audience: public\n:order: first"))),
                broken(
                        "an audience Haven does not know",
                        "content/reporting/worried.adoc:5",
                        "':audience: parents'",
                        s -> s.write(
                                "content/reporting/worried.adoc",
                                SiteFolderFixture.CONCERN.replace(":audience: public", ":audience: parents"))),
                broken(
                        "an unknown contact attribute",
                        "content/reporting/worried.adoc:7",
                        "{contact-frontdoor-phone} is not a contact",
                        s -> s.write(
                                "content/reporting/worried.adoc",
                                SiteFolderFixture.CONCERN.replace(
                                        "contact-front-door-phone", "contact-frontdoor-phone"))),
                broken(
                        "a misspelt attribute where the emergency number should be",
                        "content/reporting/worried.adoc:13",
                        "{emergency-phon} is not an attribute Haven knows",
                        s -> s.write(
                                "content/reporting/worried.adoc",
                                SiteFolderFixture.CONCERN + "\nIn an emergency phone {emergency-phon}.\n")),
                broken(
                        "any attribute that does not exist",
                        "content/reporting/worried.adoc:13",
                        "{opening-hours} is not an attribute",
                        s -> s.write(
                                "content/reporting/worried.adoc",
                                SiteFolderFixture.CONCERN + "\nWe are open {opening-hours}.\n")),
                broken(
                        "5,000 blocks nested in each other",
                        "content/reporting/deep.adoc:70",
                        "nests blocks and lists more than 64 deep",
                        s -> s.write("content/reporting/deep.adoc", page("Deep", nested("====", 5000)))),
                broken(
                        "a list 1,000 levels deep",
                        "content/reporting/deep.adoc:70",
                        "nests blocks and lists more than 64 deep",
                        s -> s.write("content/reporting/deep.adoc", page("Deep", deepList(1000)))),
                broken(
                        "a site address with a query after its path",
                        "data/site.yaml:3",
                        "url 'https://test.example.org.uk/site/?page=1' is not a web address",
                        s -> s.write(
                                "data/site.yaml",
                                SiteFolderFixture.SITE_YAML.replace(
                                        "url: https://test.example.org.uk",
                                        "url: https://test.example.org.uk/site/?page=1"))),
                broken(
                        "an exit address that is a script",
                        "data/site.yaml",
                        "exit-url 'javascript:void(0)' is not a web address",
                        s -> s.write(
                                "data/site.yaml",
                                SiteFolderFixture.SITE_YAML.replace(
                                        "exit-url: https://www.bbc.co.uk/weather",
                                        "exit-url: \"javascript:void(0)\""))),
                broken(
                        "a contact form address that is a script",
                        "data/site.yaml",
                        "has the url 'javascript:steal()'",
                        s -> s.write(
                                "data/site.yaml",
                                SiteFolderFixture.SITE_YAML.replace(
                                        "for: public\n", "for: public\n    url: \"javascript:steal()\"\n"))),
                broken(
                        "a review report that is not a web address",
                        "content/reviews/e.adoc:9",
                        "':report: data:text/html,hi' is not a web address",
                        s -> s.write(
                                "content/reviews/e.adoc",
                                review(
                                        ":review-type: SCR\n",
                                        ":subject: Child E\n",
                                        ":themes: neglect\n:report: data:text/html,hi\n"))),
                broken(
                        "a picture with no alt text",
                        "content/reporting/worried.adoc:13",
                        "has no alt text",
                        s -> s.write(
                                "content/reporting/worried.adoc",
                                SiteFolderFixture.CONCERN + "\nimage::/images/easy/phone.svg[]\n")),
                broken(
                        "a heading that skips a level",
                        "content/reporting/worried.adoc:13",
                        "skips a level",
                        s -> s.write(
                                "content/reporting/worried.adoc",
                                SiteFolderFixture.CONCERN + "\n==== Too deep\n\nText.\n")),
                broken(
                        "an xref to a page that does not exist",
                        "content/index.adoc:6",
                        "does not exist",
                        s -> s.write(
                                "content/index.adoc",
                                SiteFolderFixture.HOME.replace("reporting/worried.adoc", "reporting/worry.adoc"))),
                broken(
                        "an xref to a draft",
                        "content/index.adoc:6",
                        "is a draft or not due yet",
                        s -> s.write(
                                "content/reporting/worried.adoc",
                                SiteFolderFixture.CONCERN.replace("published", "draft"))),
                broken(
                        "a site link that goes nowhere",
                        "content/index.adoc:7",
                        "/levels-of-nee/ does not go to any page",
                        s -> s.write(
                                "content/index.adoc",
                                SiteFolderFixture.HOME + "See link:/levels-of-nee/[the levels of need].\n")),
                broken(
                        "two files publishing to one URL",
                        "content/reporting/worried/index.adoc",
                        "would both be published at /reporting/worried/",
                        s -> s.write("content/reporting/worried/index.adoc", SiteFolderFixture.CONCERN)),
                broken(
                        "a level with no number",
                        "content/levels/one.adoc",
                        "has no ':level:'",
                        s -> s.write("content/levels/one.adoc", level("", ":level-name: Universal\n"))),
                broken(
                        "a level with no name",
                        "content/levels/one.adoc",
                        "has no ':level-name:'",
                        s -> s.write("content/levels/one.adoc", level(":level: 1\n", ""))),
                broken(
                        "two pages for one level",
                        "content/levels/two.adoc:5",
                        "Level 1 is also given by content/levels/one.adoc",
                        s -> s.write("content/levels/one.adoc", level(":level: 1\n", ":level-name: Universal\n"))
                                .write("content/levels/two.adoc", level(":level: 1\n", ":level-name: Additional\n"))),
                broken(
                        "a priority with no plan",
                        "content/plan/p.adoc",
                        "has no ':plan:'",
                        s -> s.write("content/plan/p.adoc", priority("", ":scope: joint\n"))),
                broken(
                        "a priority with an unknown scope",
                        "content/plan/p.adoc:6",
                        "':scope: everyone' is not a scope",
                        s -> s.write("content/plan/p.adoc", priority(":plan: 2023-2026\n", ":scope: everyone\n"))),
                broken(
                        "a review with no type",
                        "content/reviews/e.adoc",
                        "has no ':review-type:'",
                        s -> s.write(
                                "content/reviews/e.adoc", review("", ":subject: Child E\n", ":themes: neglect\n"))),
                broken(
                        "a review with no subject",
                        "content/reviews/e.adoc",
                        "has no ':subject:'",
                        s -> s.write(
                                "content/reviews/e.adoc", review(":review-type: SCR\n", "", ":themes: neglect\n"))),
                broken(
                        "a review with no themes",
                        "content/reviews/e.adoc",
                        "needs at least one theme",
                        s -> s.write(
                                "content/reviews/e.adoc", review(":review-type: SCR\n", ":subject: Child E\n", ""))),
                broken(
                        "an easy-read picture with no alt text",
                        "content/reporting/worried.easy.adoc:4",
                        "has no alt text",
                        s -> s.write(
                                "content/reporting/worried.easy.adoc",
                                "= Worried\n:jbake-status: published\n\nimage::/images/easy/phone.svg[]\nPhone us.\n")),
                broken(
                        "an easy-read page with no page beside it",
                        "content/reporting/lonely.easy.adoc",
                        "has no page beside it",
                        s -> s.write(
                                "content/reporting/lonely.easy.adoc",
                                "= Lonely\n:jbake-status: published\n\nHello.\n")),
                broken("no site.yaml", "data/site.yaml", "has no data/site.yaml", s -> s.delete("data/site.yaml")),
                broken(
                        "site.yaml with no name",
                        "data/site.yaml",
                        "site.yaml has no 'name'",
                        s -> s.write(
                                "data/site.yaml",
                                SiteFolderFixture.SITE_YAML.replace(
                                        "name: Testshire Safeguarding Children Partnership\n", ""))),
                broken(
                        "site.yaml that is not YAML",
                        "data/site.yaml:3",
                        "This YAML cannot be read",
                        s -> s.write("data/site.yaml", "name: A\nshort-name: B\n  url: [unclosed\n")),
                broken(
                        "a contact phone that is not a UK number",
                        "data/site.yaml:7",
                        "not a UK number",
                        s -> s.write("data/site.yaml", SiteFolderFixture.SITE_YAML.replace("01234 567890", "call us"))),
                broken(
                        "two contacts with one id",
                        "data/site.yaml",
                        "Two contacts have the id 'front-door'",
                        s -> s.write(
                                "data/site.yaml", SiteFolderFixture.SITE_YAML.replace("id: lado", "id: front-door"))),
                broken(
                        "a partial that is not saved as UTF-8",
                        "content/reporting/_next.adoc",
                        "not saved as UTF-8",
                        s -> s.write(
                                        "content/reporting/worried.adoc",
                                        SiteFolderFixture.CONCERN + "\ninclude::_next.adoc[]\n")
                                .write("content/reporting/_next.adoc", NOT_UTF8)),
                broken(
                        "site.yaml that is not saved as UTF-8",
                        "data/site.yaml",
                        "not saved as UTF-8",
                        s -> s.write("data/site.yaml", NOT_UTF8)),
                broken(
                        "a page whose file name has a space and a ?",
                        "content/reporting/Who can help?.adoc",
                        "Rename it content/reporting/who-can-help.adoc",
                        s -> s.write("content/reporting/Who can help?.adoc", SiteFolderFixture.CONCERN)),
                broken(
                        "a page in a folder whose name has a #",
                        "content/news #2/a.adoc",
                        "Rename it content/news-2/a.adoc",
                        s -> s.write("content/news #2/a.adoc", news(":jbake-date: 2024-04-01\n"))),
                broken(
                        "a broken template override",
                        "templates/concern.peb",
                        "concern.peb",
                        s -> s.write(
                                "templates/concern.peb",
                                "{% extends \"layout\" %}{% block content %}{{ page.title {% endblock %}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSites")
    void stopsTheBuildWithAPlainMessageAndKeepsTheLastGoodSite(
            String what, String where, String message, Consumer<SiteFolderFixture> breakIt) {
        Map<String, String> before = SiteFolderFixture.snapshot(output);
        breakIt.accept(site);

        HavenRun run = HavenRun.of("build", "--source", site.root().toString(), "--output", output.toString());

        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains(where), "names " + where + ":\n" + run.err());
        assertTrue(run.err().contains(message), "says '" + message + "':\n" + run.err());
        assertTrue(run.err().contains("Fix:") || run.err().contains("template"), "says how to fix it:\n" + run.err());
        assertFalse(run.all().contains("\tat "), "no stack trace:\n" + run.all());
        assertFalse(run.all().contains("Exception"), "no Java exception names:\n" + run.all());
        assertEquals(before, SiteFolderFixture.snapshot(output), "the output folder is exactly as it was");
        assertFalse(
                folder.toFile().list((dir, name) -> name.startsWith(".out.haven-new")).length > 0,
                "no half-made site is left beside it");
    }

    @Test
    void checkReportsTheSameErrorsAndWritesNothing() {
        site.write(
                "content/reporting/worried.adoc",
                SiteFolderFixture.CONCERN.replace(":jbake-type: concern", ":jbake-type: leaflet"));
        Path defaultOutput = site.root().resolve("target/site");

        HavenRun run = HavenRun.of("check", "--source", site.root().toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/reporting/worried.adoc:2"), run.err());
        assertFalse(defaultOutput.toFile().exists(), "check writes no site");
    }

    @Test
    void aMisspeltAttributeSuggestsTheOneMeant() {
        site.write(
                "content/reporting/worried.adoc",
                SiteFolderFixture.CONCERN + "\nIn an emergency phone {emergency-phon}.\n");

        HavenRun run = HavenRun.of("check", "--source", site.root().toString());

        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("Did you mean {emergency-phone}?"), run.err());
    }

    @Test
    void aMisspeltHeaderAttributeIsAWarningThatSuggestsTheOneMeant() {
        site.write(
                "content/reporting/worried.adoc",
                SiteFolderFixture.CONCERN.replace(":audience: public", ":audience: public\n:reveiw-by: 2030-01-01"));

        HavenRun run = HavenRun.of("check", "--source", site.root().toString());
        HavenRun strict =
                HavenRun.of("check", "--strict", "--source", site.root().toString());

        assertEquals(0, run.exitCode(), run.all());
        assertTrue(
                run.out()
                        .contains(
                                "content/reporting/worried.adoc:6: warning: ':reveiw-by:' is not a header attribute Haven knows"),
                run.all());
        assertTrue(run.out().contains("did you mean ':review-by:'?"), run.all());
        assertEquals(1, strict.exitCode(), strict.all());
    }

    @Test
    void anAttributeThePageDefinesItselfIsNotAMistake() {
        site.write(
                "content/reporting/worried.adoc",
                SiteFolderFixture.CONCERN.replace(":audience: public", ":audience: public\n:helpline: 0800 1111")
                        + "\nChildLine is on {helpline}.\n");

        HavenRun run = HavenRun.of("check", "--source", site.root().toString());

        assertEquals(0, run.exitCode(), run.all());
        assertFalse(run.all().contains("helpline"), run.all());
    }

    @Test
    void aContactNumberTypedOutIsAWarningToUseItsAttribute() {
        site.write("content/reporting/worried.adoc", SiteFolderFixture.CONCERN + "\nOr phone us on 01234 567890.\n");

        HavenRun run = HavenRun.of("check", "--source", site.root().toString());

        assertEquals(0, run.exitCode(), run.all());
        assertTrue(
                run.out().contains("content/reporting/worried.adoc:13: warning: 01234 567890 is typed out"), run.all());
        assertTrue(run.out().contains("Write {contact-front-door-phone} instead"), run.all());
    }

    @Test
    void checkFindsTheErrorsOfADraftWhichBuildLeavesOut() {
        site.write(
                "content/news/coming.adoc",
                "= Coming soon\n:jbake-type: news\n:jbake-status: draft\n:jbake-date: 2020-01-01\n"
                        + ":summary: Soon.\n\nPhone {emergency-phon}.\n");

        HavenRun check = HavenRun.of("check", "--source", site.root().toString());
        HavenRun build = HavenRun.of("build", "--source", site.root().toString(), "--output", output.toString());

        assertEquals(1, check.exitCode(), check.all());
        assertTrue(check.err().contains("content/news/coming.adoc:7: error in a draft: {emergency-phon}"), check.err());
        assertEquals(
                0, build.exitCode(), "a draft is not published, so its errors do not stop a build:\n" + build.all());
    }

    @Test
    void asciidocIncludesCannotReadFilesOutsideTheSiteFolder() throws Exception {
        Path secret = folder.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "TOP-SECRET-VALUE");
        site.write(
                "content/reporting/worried.adoc",
                SiteFolderFixture.CONCERN + "\ninclude::../../../secret.txt[]\n\ninclude::" + secret + "[]\n");

        HavenRun run = HavenRun.of("build", "--source", site.root().toString(), "--output", output.toString());

        assertEquals(0, run.exitCode(), run.all());
        String page = java.nio.file.Files.readString(output.resolve("reporting/worried/index.html"));
        assertFalse(page.contains("TOP-SECRET-VALUE"), "the file outside the site folder was not read");
    }

    @Test
    void aPartialThatNamesItsEncodingIsIncluded() throws Exception {
        site.write(
                        "content/reporting/worried.adoc",
                        SiteFolderFixture.CONCERN + "\ninclude::_next.adoc[encoding=windows-1252]\n")
                .write("content/reporting/_next.adoc", NOT_UTF8);

        HavenRun run = HavenRun.of("build", "--source", site.root().toString(), "--output", output.toString());

        assertEquals(0, run.exitCode(), run.all());
        assertTrue(java.nio.file.Files.readString(output.resolve("reporting/worried/index.html"))
                .contains("Café"));
    }

    @Test
    void aSiteYamlThatCannotBeReadIsNotAlsoSaidToBeMissing() {
        site.write("data/site.yaml", NOT_UTF8);

        HavenRun run = HavenRun.of("check", "--source", site.root().toString());

        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("data/site.yaml: error: This file is not saved as UTF-8"), run.err());
        assertFalse(run.err().contains("has no data/site.yaml"), "one error, the right one:\n" + run.err());
    }

    private static Arguments broken(String what, String where, String message, Consumer<SiteFolderFixture> breakIt) {
        return Arguments.of(what, where, message, breakIt);
    }

    private static String page(String title, String body) {
        return "= " + title + "\n:jbake-type: page\n:jbake-status: published\n:summary: A page.\n\n" + body;
    }

    /** Blocks opened {@code depth} deep and closed again, each with a longer delimiter than the one around it. */
    private static String nested(String delimiter, int depth) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < depth; i++)
            text.append(delimiter).append("=".repeat(i)).append('\n');
        text.append("Text.\n");
        for (int i = depth - 1; i >= 0; i--)
            text.append(delimiter).append("=".repeat(i)).append('\n');
        return text.toString();
    }

    private static String deepList(int depth) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= depth; i++) text.append("*".repeat(i)).append(" item\n");
        return text.toString();
    }

    private static String news(String date) {
        return "= Annual report published\n:jbake-type: news\n:jbake-status: published\n" + date
                + ":summary: Our annual report is out.\n\nRead it.\n";
    }

    private static String level(String number, String name) {
        return "= A level\n:jbake-type: level\n:jbake-status: published\n:summary: A level of need.\n" + number + name
                + "\nText.\n";
    }

    private static String priority(String plan, String scope) {
        return "= A priority\n:jbake-type: priority\n:jbake-status: published\n:summary: A priority.\n" + plan + scope
                + "\n== Why?\n\nBecause.\n\n== How?\n\nLike this.\n\n== So what?\n\nBetter.\n";
    }

    private static String review(String type, String subject, String themes) {
        return "= Child E\n:jbake-type: review\n:jbake-status: published\n:jbake-date: 2020-03-01\n:summary: A review.\n"
                + type + subject + themes + "\nLearning.\n";
    }
}
