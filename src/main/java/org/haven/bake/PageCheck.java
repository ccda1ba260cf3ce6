package org.haven.bake;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.haven.content.Page;
import org.haven.problems.BuildFailedException;
import org.haven.problems.Problem;
import org.haven.problems.Problems;
import org.haven.theme.Theme;
import org.haven.theme.ThemeAssets;

/**
 * What {@code haven check} says of one page, as a preview build would say it, without converting
 * or rendering the rest of the site: the site is read and checked (every page's source, fast),
 * planned, and only this page is converted and finished. Asciidoctor and the theme, which the
 * page does not change, are made ready from the moment the check is made, while the page is
 * still being written.
 */
public final class PageCheck {
    private final Path siteRoot;
    private final BuildOptions options;
    private final CompletableFuture<Surroundings> surroundings;

    /** The theme, and the site path of each of its files. */
    private record Surroundings(Theme theme, Set<String> themeFiles) {
        static Surroundings read(Path siteRoot) {
            return new Surroundings(
                    Theme.load(siteRoot), ThemeAssets.load(siteRoot).files().keySet());
        }
    }

    public PageCheck(Path siteRoot, BuildOptions options) {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.options = options;
        AsciidocEngine.warmUp();
        this.surroundings = CompletableFuture.supplyAsync(() -> Surroundings.read(this.siteRoot));
    }

    /** The problems Haven finds in {@code source} (a path relative to the site folder), in order. */
    public List<Problem> of(String source) {
        Problems problems = new Problems();
        PhaseTimer timer = new PhaseTimer();
        try {
            SiteSource site = SiteSource.readAndCheck(siteRoot, options, BuildCache.none(), problems);
            timer.lap("read");
            Surroundings around = surroundings();
            timer.lap("theme");
            SitePlan plan = SitePlan.of(
                    site, options.today(), files(around), around.theme().languages());
            PageFinisher.Site finishing = PageFinisher.Site.of(plan, BuildCache.none());
            timer.lap("plan");
            List<Page> page = plan.content().pages().stream()
                    .filter(p -> p.source().equals(source))
                    .toList();
            new PageConverter(siteRoot, false, BuildCache.none())
                    .convertAll(
                            page,
                            plan.attributes(),
                            plan.referableAttributes(),
                            BuildProgress.silent(),
                            (one, conversion) -> new PageFinisher(false).finish(one, conversion, finishing, problems));
            timer.lap("convert-and-finish");
            timer.print();
            return mine(site.said(problems, options.today()), source);
        } catch (BuildFailedException e) {
            return mine(e.problems(), source);
        }
    }

    /**
     * The site path of every file the site will have besides its pages: the theme's, and the
     * site's own, read now, as the page's pictures have just been written.
     */
    private Set<String> files(Surroundings around) {
        SiteOutput own = new SiteOutput();
        // Problems in the site's files are not the page's: haven check and the build report them.
        SiteAssets.copy(siteRoot, own, new Problems());
        Set<String> files = new HashSet<>(around.themeFiles());
        files.addAll(own.files().keySet());
        return files;
    }

    /** The theme and its files, read in the background; what went wrong there, as if read here. */
    private Surroundings surroundings() {
        return Background.joined(surroundings);
    }

    private static List<Problem> mine(List<Problem> problems, String source) {
        return problems.stream().filter(p -> source.equals(p.file())).sorted().toList();
    }
}
