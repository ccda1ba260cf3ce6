package org.haven.bake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.haven.checks.SiteRules;
import org.haven.content.ContentFolder;
import org.haven.content.EverydayWords;
import org.haven.content.GlossaryTerm;
import org.haven.content.Page;
import org.haven.content.SiteConfig;
import org.haven.content.SiteDataLoader;
import org.haven.problems.BuildFailedException;
import org.haven.problems.Problem;
import org.haven.problems.Problems;

/**
 * The first phase, read and check: the site's settings, its glossary and every page file with
 * its header read, and the pages this build publishes (in preview, drafts and scheduled pages
 * too), each checked on its own and against the others.
 *
 * @param allPages every page file, drafts included: a link to a draft is known to be one
 * @param pages the pages in this build, one per URL
 */
record SiteSource(
        SiteConfig site,
        List<GlossaryTerm> glossary,
        List<EverydayWords> thesaurus,
        List<Page> allPages,
        List<Page> pages) {

    /**
     * Reads the site; settings or headers that cannot be read stop the build here, as nothing after
     * could be trusted.
     *
     * @param cache where each page's checks are kept, and found while the page stays the same
     */
    static SiteSource readAndCheck(Path siteRoot, BuildOptions options, BuildCache cache, Problems problems) {
        SiteDataLoader data = new SiteDataLoader(siteRoot, problems, !options.preview());
        SiteConfig site = data.loadSite();
        List<GlossaryTerm> glossary = List.copyOf(data.loadGlossary());
        List<EverydayWords> thesaurus = List.copyOf(data.loadThesaurus());
        List<Page> all = List.copyOf(new ContentFolder(siteRoot, problems).readPages());
        if (site == null || problems.hasErrors()) throw new BuildFailedException(problems.sorted());
        SiteRules.check(all, site.language(), options.today(), problems);
        Set<String> urls = new HashSet<>();
        List<Page> pages = all.stream()
                .filter(p -> options.preview() || p.isPublishedOn(options.today()))
                .filter(p -> urls.add(p.url()))
                .toList();
        Set<String> terms = glossary.stream().map(GlossaryTerm::term).collect(Collectors.toSet());
        CheckedPages checked = new CheckedPages(cache, site.language(), terms, site.contacts());
        long tooDeep = pages.parallelStream()
                .filter(page -> !checked.check(page, problems))
                .count();
        if (tooDeep > 0) throw new BuildFailedException(problems.sorted());
        return new SiteSource(site, glossary, thesaurus, all, pages);
    }

    /** The problems found, each said of a draft where its file is a page not yet published on {@code today}. */
    List<Problem> said(Problems problems, LocalDate today) {
        Set<String> drafts = allPages.stream()
                .filter(p -> !p.isPublishedOn(today))
                .map(Page::source)
                .collect(Collectors.toSet());
        return problems.sorted().stream()
                .map(p -> drafts.contains(p.file()) ? p.ofADraft() : p)
                .toList();
    }
}
