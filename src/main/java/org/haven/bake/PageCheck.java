package org.haven.bake;

import java.nio.file.Path;
import java.util.List;
import org.haven.content.Page;
import org.haven.problems.BuildFailedException;
import org.haven.problems.Problem;
import org.haven.problems.Problems;
import org.haven.theme.Theme;

/**
 * What {@code haven check} says of one page, as a preview build would say it, without converting
 * or rendering the rest of the site: the site is read and checked (every page's source, fast),
 * planned, and only this page is converted and finished.
 */
public final class PageCheck {
    private final Path siteRoot;
    private final BuildOptions options;

    public PageCheck(Path siteRoot, BuildOptions options) {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.options = options;
        AsciidocEngine.warmUp();
    }

    /** The problems Haven finds in {@code source} (a path relative to the site folder), in order. */
    public List<Problem> of(String source) {
        Problems problems = new Problems();
        try {
            SiteSource site = SiteSource.readAndCheck(siteRoot, options, problems);
            SiteOutput assets = new SiteOutput();
            SiteBuilder.copyAssets(siteRoot, assets, problems);
            Theme theme = Theme.load(siteRoot);
            SitePlan plan = SitePlan.of(site, options.today(), assets.files().keySet(), theme.languages());
            PageFinisher.Site finishing = PageFinisher.Site.of(plan, BuildCache.none());
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
            return mine(site.said(problems, options.today()), source);
        } catch (BuildFailedException e) {
            return mine(e.problems(), source);
        }
    }

    private static List<Problem> mine(List<Problem> problems, String source) {
        return problems.stream().filter(p -> source.equals(p.file())).sorted().toList();
    }
}
