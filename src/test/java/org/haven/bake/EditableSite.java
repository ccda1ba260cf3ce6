package org.haven.bake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.haven.support.SiteFolderFixture;

/**
 * A small site in a folder, with the kinds of edit a comms team makes between two builds: each
 * made at random, and said in words so that a failing sequence can be read back. Besides the
 * pages' own text, the edits reach what a page's rendering, checks and search entry read from
 * the rest of the site: titles and summaries shown on other pages, the navigation, a
 * translation, the site's name, its own templates, partials and wording, and review-by dates. The site has
 * what the edits need: a partial included by two pages and itself including another, links
 * that take their words from the title of the page they point to, a glossary, a draft and a
 * news item dated after the first day.
 */
final class EditableSite {
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 12, 1);

    private static final Pattern XREF = Pattern.compile("xref:([^\\[\\s]*?)([^/\\[\\s]+\\.adoc)\\[([^\\]]*)\\]");
    private static final Pattern TITLE = Pattern.compile("(?m)^= (.*)$");
    private static final Pattern PHONE = Pattern.compile("phone: 01234 \\d{6}");

    private final Path root;
    private LocalDate today = FIRST_DAY;
    private int edits;

    private EditableSite(Path root) {
        this.root = root;
    }

    static EditableSite write(Path root) {
        EditableSite site = new EditableSite(root);
        site.put("data/site.yaml", SiteFolderFixture.SITE_YAML);
        site.put(
                "data/glossary.yaml",
                """
                - term: LADO
                  meaning: Local Authority Designated Officer
                  definition: The person who looks into worries about adults who work with children.
                """);
        site.put(
                "content/index.adoc",
                """
                = Welcome
                :jbake-type: page
                :jbake-status: published
                :summary: The home page of the partnership.

                We keep children safe in Testshire. Read xref:reporting/worried.adoc[] or
                xref:about/us.adoc[who we are].
                """);
        site.put(
                "content/reporting/worried.adoc",
                """
                = Worried about a child?
                :jbake-type: concern
                :jbake-status: published
                :summary: How to tell someone if you think a child is being harmed.
                :audience: public

                Phone {contact-front-door-phone}. In an emergency phone {emergency-phone}.

                include::_next-steps.adoc[]
                """);
        site.put(
                "content/reporting/professionals.adoc",
                """
                = Worried about someone who works with children?
                :jbake-type: concern
                :jbake-status: published
                :summary: What to do if an adult who works with children may have harmed one.
                :audience: professional

                Phone the LADO on {contact-lado-phone}. See also xref:worried.adoc[].

                include::_next-steps.adoc[]
                """);
        site.put(
                "content/reporting/_next-steps.adoc",
                """
                == What happens next

                A social worker reads what you tell us.

                include::_hours.adoc[]
                """);
        site.put(
                "content/reporting/_hours.adoc",
                "We answer from 9am to 5pm.\n\nAt other times, professionals phone {contact-lado-phone}.\n");
        site.put(
                "content/about/us.adoc",
                """
                = Who we are
                :jbake-type: page
                :jbake-status: published
                :summary: The partners who keep children safe in Testshire.

                The council, the police and the health service work together. Read
                xref:../news/training.adoc[] and xref:../reporting/professionals.adoc[].
                """);
        site.put(
                "content/news/training.adoc",
                """
                = Training for schools
                :jbake-type: news
                :jbake-status: published
                :jbake-date: 2026-11-01
                :summary: New training for staff in schools.

                Book a place on the training for school staff.
                """);
        site.put(
                "content/news/new-website.adoc",
                """
                = A new website
                :jbake-type: news
                :jbake-status: draft
                :jbake-date: 2026-10-01
                :summary: Our website is new.

                We have a new website.
                """);
        site.put(
                "content/news/conference.adoc",
                """
                = Our conference
                :jbake-type: news
                :jbake-status: published
                :jbake-date: 2026-12-04
                :summary: Our conference on listening to children.

                Come to our conference.
                """);
        return site;
    }

    /** The files of a build of the site as it is now, with no cache. */
    SortedMap<String, byte[]> builtClean(BuildOptions options) {
        return new SiteBuilder(root(), options).build().output().files();
    }

    /** The files of a build of the site as it is now, reusing and filling {@code cache}, which is in place on return, as when a command ends. */
    SortedMap<String, byte[]> builtWith(BuildCache cache, BuildOptions options) {
        SortedMap<String, byte[]> files = new SiteBuilder(root(), options, cache, BuildProgress.silent())
                .build()
                .output()
                .files();
        BuildCache.waitForEveryPack();
        return files;
    }

    /** The files of a clean build, after a build into {@code cacheFolder} has filled it. */
    SortedMap<String, byte[]> builtCleanAndCachedIn(Path cacheFolder, BuildOptions options) {
        SortedMap<String, byte[]> clean = builtClean(options);
        builtWith(BuildCache.in(cacheFolder), options);
        return clean;
    }

    Path root() {
        return root;
    }

    LocalDate today() {
        return today;
    }

    /** One edit chosen with {@code random}, made; what it did, in words. */
    String editAtRandom(Random random) {
        edits++;
        // A broken picture is mended soon, by this or a later edit: left for the one edit in
        // nineteen that mends it, it would stop a long run of builds.
        if (!pagesWithBrokenPicture().isEmpty() && random.nextInt(5) == 0) return mendPictures();
        List<BiFunction<EditableSite, Random, String>> kinds = List.of(
                EditableSite::changeText,
                EditableSite::typeContactNumber,
                EditableSite::breakOrMendAPicture,
                EditableSite::changePartial,
                EditableSite::changeContact,
                EditableSite::changeGlossary,
                EditableSite::changeTemplate,
                EditableSite::renamePage,
                EditableSite::retitlePage,
                EditableSite::deleteOrAddPage,
                EditableSite::publishOrDraft,
                EditableSite::letDaysPass,
                EditableSite::changeSummary,
                EditableSite::changeNavigation,
                EditableSite::translateOrUntranslate,
                EditableSite::changeTemplatePartial,
                EditableSite::changeWording,
                EditableSite::changeSiteName,
                EditableSite::setReviewBy);
        return kinds.get(random.nextInt(kinds.size())).apply(this, random);
    }

    private String changeText(Random random) {
        String page = anyPage(random);
        put(page, read(page) + "\nEdit " + edits + " adds this sentence.\n");
        return "added a sentence to " + page;
    }

    /** A contact's number typed out is warned of, until the contact's number changes. */
    private String typeContactNumber(Random random) {
        List<String> phones = PHONE.matcher(read("data/site.yaml"))
                .results()
                .map(m -> m.group().substring("phone: ".length()))
                .toList();
        String page = anyPage(random);
        String phone = phones.get(random.nextInt(phones.size()));
        put(page, read(page) + "\nCall " + phone + " in edit " + edits + ".\n");
        return "typed out " + phone + " on " + page;
    }

    private static final String BROKEN_PICTURE = "image::missing-words.png[]";

    /**
     * A picture without alt text stops the build until it is given some, so that failed builds
     * are compared too; the site is broken so for about a fifth of the edits.
     */
    private String breakOrMendAPicture(Random random) {
        if (!pagesWithBrokenPicture().isEmpty()) return mendPictures();
        String page = anyPage(random);
        put(page, read(page) + "\n" + BROKEN_PICTURE + "\n");
        return "added a picture without alt text to " + page;
    }

    private List<String> pagesWithBrokenPicture() {
        return pages().stream()
                .filter(page -> read(page).contains(BROKEN_PICTURE))
                .toList();
    }

    private String mendPictures() {
        List<String> brokenPages = pagesWithBrokenPicture();
        brokenPages.forEach(page -> put(
                page, read(page).replace(BROKEN_PICTURE, "image::missing-words.png[A picture, edit " + edits + "]")));
        return "gave the picture on " + String.join(", ", brokenPages) + " its alt text";
    }

    private String changePartial(Random random) {
        String partial = random.nextBoolean() ? "content/reporting/_hours.adoc" : "content/reporting/_next-steps.adoc";
        String text = read(partial);
        put(partial, text.replaceFirst("(?m)^(We answer|A social worker) .*$", "$1 changed in edit " + edits + "."));
        return "changed the partial " + partial;
    }

    /** The first contact is named by a page, the second only by a partial. */
    private String changeContact(Random random) {
        String phone = String.format("phone: 01234 %06d", random.nextInt(1_000_000));
        int which = random.nextInt(2);
        Matcher matcher = PHONE.matcher(read("data/site.yaml"));
        StringBuilder changed = new StringBuilder();
        for (int found = 0; matcher.find(); found++)
            matcher.appendReplacement(changed, found == which ? phone : matcher.group());
        matcher.appendTail(changed);
        put("data/site.yaml", changed.toString());
        return "changed contact " + (which + 1) + "'s " + phone;
    }

    private String changeGlossary(Random random) {
        String glossary = read("data/glossary.yaml");
        if (!glossary.contains("term: social worker")) {
            put(
                    "data/glossary.yaml",
                    glossary + "- term: social worker\n  meaning: A person who helps families\n"
                            + "  definition: Someone trained to help children and families, edit " + edits + ".\n");
            return "added the glossary term 'social worker'";
        }
        if (random.nextBoolean()) {
            put("data/glossary.yaml", glossary.substring(0, glossary.indexOf("- term: social worker")));
            return "removed the glossary term 'social worker'";
        }
        put("data/glossary.yaml", glossary.replaceFirst("edit \\d+\\.", "edit " + edits + "."));
        return "changed the definition of 'social worker'";
    }

    private String changeTemplate(Random random) {
        return overrideOrRemove(random, "templates/page.peb", "page template", () -> themeTemplate("page")
                .replace("<div class=\"haven-body\">", "<div class=\"haven-body\" data-edit=\"" + edits + "\">"));
    }

    /**
     * One of the site's own theme files (a third of the time, when it has one) removed, so the
     * theme's is used again, or else written as {@code text} gives it.
     */
    private String overrideOrRemove(Random random, String file, String what, Supplier<String> text) {
        if (Files.exists(root.resolve(file)) && random.nextInt(3) == 0) {
            delete(file);
            return "removed the site's own " + what;
        }
        put(file, text.get());
        return "changed the site's own " + what;
    }

    private String renamePage(Random random) {
        String page = anyPage(random, "content/index.adoc");
        String renamed = page.replaceFirst("(-r\\d+)?\\.adoc$", "-r" + edits + ".adoc");
        move(page, renamed);
        String newName = fileName(renamed);
        eachPage((file, text) -> XREF.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(
                        leadsTo(file, m.group(1) + m.group(2), page)
                                ? "xref:" + m.group(1) + newName + "[" + m.group(3) + "]"
                                : m.group())));
        return "renamed " + page + " to " + renamed + ", and the links to it";
    }

    /** Whether a link written in {@code from} leads to {@code page} (two pages may share a file name: pl/index.adoc). */
    private static boolean leadsTo(String from, String link, String page) {
        return Path.of(from).resolveSibling(link).normalize().equals(Path.of(page));
    }

    private String retitlePage(Random random) {
        String page = linkedPage(random);
        put(
                page,
                TITLE.matcher(read(page))
                        .replaceFirst(m -> Matcher.quoteReplacement(
                                "= " + m.group(1).replaceFirst(" \\(edit \\d+\\)$", "") + " (edit " + edits + ")")));
        return "changed the title of " + page + ", which other pages link to";
    }

    private String deleteOrAddPage(Random random) {
        if (pages().size() > 5 && random.nextBoolean()) {
            String page = anyPage(random, "content/index.adoc");
            delete(page);
            unlink(fileName(page));
            return "deleted " + page + ", and the links to it";
        }
        String page = "content/about/added-" + edits + ".adoc";
        put(
                page,
                "= Added in edit " + edits + "\n:jbake-type: page\n:jbake-status: published\n"
                        + ":summary: A page added by an edit.\n\nRead xref:../index.adoc[] and xref:us.adoc[].\n");
        // A link to a page deleted or drafted would stop every build until that page is back.
        if (!Files.exists(root.resolve("content/about/us.adoc"))
                || read("content/about/us.adoc").contains(":jbake-status: draft")) unlink("us.adoc");
        return "added " + page;
    }

    private String publishOrDraft(Random random) {
        List<String> drafts = pages().stream()
                .filter(page -> read(page).contains(":jbake-status: draft"))
                .toList();
        if (!drafts.isEmpty() && random.nextBoolean()) {
            String draft = drafts.get(random.nextInt(drafts.size()));
            put(draft, read(draft).replace(":jbake-status: draft", ":jbake-status: published"));
            return "published the draft " + draft;
        }
        String page = anyPage(random, "content/index.adoc");
        put(page, read(page).replace(":jbake-status: published", ":jbake-status: draft"));
        unlink(fileName(page));
        return "made " + page + " a draft, and unlinked it";
    }

    private String letDaysPass(Random random) {
        int days = 1 + random.nextInt(4);
        today = today.plusDays(days);
        String news = "content/news/scheduled-" + edits + ".adoc";
        put(
                news,
                "= Scheduled in edit " + edits + "\n:jbake-type: news\n:jbake-status: published\n:jbake-date: "
                        + today.plusDays(1 + random.nextInt(4))
                        + "\n:summary: A news item for a later day.\n\nLater news.\n");
        return days + " days passed (today is " + today + "), and " + news + " was scheduled";
    }

    /** A summary is shown on other pages: the home page's and the hub's cards, the news list. */
    private String changeSummary(Random random) {
        String page = anyPage(random);
        put(
                page,
                read(page)
                        .replaceFirst("(?m)^:summary: (.*?)( \\(edit \\d+\\))?$", ":summary: $1 (edit " + edits + ")"));
        return "changed the summary of " + page;
    }

    /** The links across the top of every page: the site's own, or (without any) Haven's. */
    private String changeNavigation(Random random) {
        String site = read("data/site.yaml").replaceFirst("(?s)\nnavigation:.*$", "\n");
        if (random.nextInt(3) == 0) {
            put("data/site.yaml", site);
            return "removed the site's own navigation";
        }
        put("data/site.yaml", site + "navigation:\n  - label: Home (edit " + edits + ")\n    page: /\n");
        return "set the navigation's first label to 'Home (edit " + edits + ")'";
    }

    /** A Polish translation of the home page (never renamed or deleted) adds a language switcher to it. */
    /** The Polish translation of the home page, wherever a rename has moved it, is retitled, added or deleted. */
    private String translateOrUntranslate(Random random) {
        String translation = pages().stream()
                .filter(page -> page.startsWith("content/pl/") && read(page).contains(":translation-of: index.adoc"))
                .findFirst()
                .orElse("content/pl/index.adoc");
        if (Files.exists(root.resolve(translation)) && random.nextBoolean()) {
            delete(translation);
            return "deleted the Polish translation " + translation;
        }
        put(
                translation,
                "= Witamy (edit " + edits + ")\n:jbake-type: page\n:jbake-status: published\n"
                        + ":lang: pl\n:translation-of: index.adoc\n:summary: Strona główna.\n\nTo jest strona po polsku.\n");
        return "retitled the Polish translation of the home page, " + translation;
    }

    /** A partial every page's template includes. */
    private String changeTemplatePartial(Random random) {
        return overrideOrRemove(
                random, "templates/partials/footer.peb", "footer partial", () -> themeTemplate("partials/footer")
                        .replace(
                                "<footer class=\"govuk-footer haven-footer\">",
                                "<footer class=\"govuk-footer haven-footer\" data-edit=\"" + edits + "\">"));
    }

    /** The interface's wording, which every page shows around its text. */
    private String changeWording(Random random) {
        return overrideOrRemove(
                random,
                "templates/messages.yaml",
                "wording of 'Home' and the report hub's title",
                () -> "home.title: Home (edit " + edits + ")\nreport-hub.title: Tell us (edit " + edits + ")\n");
    }

    private String changeSiteName(Random random) {
        put(
                "data/site.yaml",
                read("data/site.yaml")
                        .replaceFirst("(?m)^name: .*$", "name: Testshire Partnership (edit " + edits + ")"));
        return "changed the site's name";
    }

    /** A review-by date a few days ahead: a later edit lets the days pass it, and the page is due for review. */
    private String setReviewBy(Random random) {
        String page = anyPage(random);
        String date = today.plusDays(random.nextInt(4)).toString();
        String text = read(page).replaceFirst("(?m)^:review-by: .*\\n", "");
        put(page, text.replaceFirst("(?m)^(:summary: .*)$", "$1\n:review-by: " + date));
        return "set the review-by date of " + page + " to " + date;
    }

    /** Links to the page named {@code name} become their words (or go, when they take the page's title). */
    private void unlink(String name) {
        eachPage((file, text) -> XREF.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(2).equals(name) ? m.group(3) : m.group())));
    }

    private String linkedPage(Random random) {
        List<String> linked = pages().stream()
                .filter(page -> pages().stream().anyMatch(other -> read(other).contains(fileName(page) + "[")))
                .toList();
        return linked.isEmpty() ? anyPage(random) : linked.get(random.nextInt(linked.size()));
    }

    private String anyPage(Random random, String... except) {
        List<String> pages =
                pages().stream().filter(p -> !List.of(except).contains(p)).toList();
        return pages.get(random.nextInt(pages.size()));
    }

    /** Every page file (not the partials), by its path in the site folder, in order. */
    List<String> pages() {
        try (Stream<Path> files = Files.walk(root.resolve("content"))) {
            return files.filter(f -> f.toString().endsWith(".adoc"))
                    .filter(f -> !f.getFileName().toString().startsWith("_"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void eachPage(BiFunction<String, String, String> change) {
        for (String page : pages()) {
            String text = read(page);
            String changed = change.apply(page, text);
            if (!changed.equals(text)) put(page, changed);
        }
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String themeTemplate(String name) {
        try (InputStream in = EditableSite.class.getResourceAsStream("/haven-theme/templates/" + name + ".peb")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String file) {
        try {
            return Files.readString(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void put(String file, String text) {
        try {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void move(String from, String to) {
        try {
            Files.move(root.resolve(from), root.resolve(to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(String file) {
        try {
            Files.delete(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
