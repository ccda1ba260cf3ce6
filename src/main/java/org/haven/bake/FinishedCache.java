package org.haven.bake;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.haven.content.GlossaryTerm;
import org.haven.content.Page;
import org.haven.problems.Problem;

/**
 * Pages' finished bodies kept in the {@link BuildCache}, with the problems finishing found:
 * each under a key made of the page's conversion key, its file and address, and everything
 * about the whole site that finishing reads (every address a link may point at, the glossary,
 * what the reading checks know, the attributes a wrong reference may have meant).
 */
final class FinishedCache {
    private final BuildCache cache;
    private final String site;

    /** A finished page and the problems found in it. */
    record Finished(HtmlPostProcessor.Processed processed, List<Problem> problems) {}

    FinishedCache(BuildCache cache, HtmlPostProcessor.Settings settings, Set<String> referableAttributes) {
        this.cache = cache;
        this.site = siteKey(settings, referableAttributes).hex();
    }

    CacheKey keyFor(CacheKey conversion, Page page) {
        return CacheKey.of("finished")
                .add(site)
                .add(conversion.hex())
                .add(page.source())
                .add(page.url())
                .build();
    }

    Optional<Finished> reuse(CacheKey key) {
        return cache.read(key).flatMap(FinishedCache::decode);
    }

    void keep(CacheKey key, Finished finished) {
        cache.write(key, encode(finished));
    }

    private static CacheKey siteKey(HtmlPostProcessor.Settings settings, Set<String> referableAttributes) {
        CacheKey.Builder key = CacheKey.of("finishing")
                .add(HavenVersion.FINGERPRINT)
                .add(settings.targets().urlBySource())
                .add(settings.targets().publishedPaths())
                .add(settings.targets().unpublishedSources())
                .add(String.valueOf(settings.reading().gradeLimit()))
                .add(settings.reading().coveredPdfs())
                .add(settings.reading().withEasyRead())
                .add(settings.reading().siteLanguage())
                .add(settings.reading().emergencyPhone())
                .add(settings.siteLanguage())
                .add(settings.languages().allWording())
                .add(referableAttributes)
                .add(String.valueOf(settings.terms().size()));
        for (GlossaryTerm term : settings.terms())
            key.add(term.term()).add(term.meaning()).add(term.definition());
        return key.build();
    }

    static byte[] encode(Finished finished) {
        return EntryContents.write(out -> {
            out.utf8(finished.processed().html().utf8());
            out.text(finished.processed().text());
            out.number(finished.processed().readingGrade());
            out.problems(finished.problems());
        });
    }

    static Optional<Finished> decode(byte[] contents) {
        return EntryContents.read(contents, in -> {
            byte[] html = in.utf8();
            String text = in.text();
            double readingGrade = in.decimal();
            List<Problem> problems = in.problems();
            if (html == null || text == null) return null;
            return new Finished(new HtmlPostProcessor.Processed(HtmlBody.ofUtf8(html), text, readingGrade), problems);
        });
    }
}
