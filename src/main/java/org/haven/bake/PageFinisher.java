package org.haven.bake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.haven.content.Page;
import org.haven.problems.Problem;
import org.haven.problems.Problems;

/**
 * The fourth phase's first half, finish: a converted page post-processed and checked (links,
 * glossary, charts, reading level), with what Asciidoctor said about it reported against the
 * page. A finished page is reused from the {@link FinishedCache} while its conversion and
 * what finishing reads of the site stay the same; a previewing finisher also keeps its last
 * result in memory.
 */
final class PageFinisher {
    private final boolean keepFinished;
    private final Map<String, FinishedPage> finished = new ConcurrentHashMap<>();

    private record FinishedPage(
            AsciidocEngine.Conversion conversion,
            HtmlPostProcessor.Settings settings,
            HtmlPostProcessor.Processed processed,
            List<Problem> problems) {}

    /**
     * What finishing a page reads of the whole site.
     *
     * @param referableAttributes the attributes a page may refer to, to suggest the one meant by a wrong reference
     */
    record Site(HtmlPostProcessor post, Set<String> referableAttributes, FinishedCache cache) {
        /** How every page of {@code plan} is finished, with what {@code cache} kept from earlier builds. */
        static Site of(SitePlan plan, BuildCache cache) {
            HtmlPostProcessor post = new HtmlPostProcessor(
                    plan.linkTargets(),
                    plan.content().glossary(),
                    plan.reading(),
                    plan.languages(),
                    plan.content().site().language());
            return new Site(
                    post,
                    plan.referableAttributes(),
                    new FinishedCache(cache, post.settings(), plan.referableAttributes()));
        }
    }

    PageFinisher(boolean keepFinished) {
        this.keepFinished = keepFinished;
    }

    HtmlPostProcessor.Processed finish(Page page, PageConverter.Converted converted, Site site, Problems problems) {
        AsciidocEngine.Conversion conversion = converted.conversion();
        FinishedPage last = finished.get(page.source());
        if (last != null
                && last.conversion() == conversion
                && last.settings().equals(site.post().settings())) {
            last.problems().forEach(problems::add);
            return last.processed();
        }
        Optional<CacheKey> key = keyOf(page, converted, site);
        FinishedCache.Finished done = key.flatMap(site.cache()::reuse).orElseGet(() -> {
            FinishedCache.Finished made = finish(page, conversion, site);
            key.ifPresent(k -> site.cache().keep(k, made));
            return made;
        });
        done.problems().forEach(problems::add);
        if (keepFinished)
            finished.put(
                    page.source(),
                    new FinishedPage(conversion, site.post().settings(), done.processed(), done.problems()));
        return done.processed();
    }

    /** The key a page's finished body is kept under, when its conversion has one. */
    static Optional<CacheKey> keyOf(Page page, PageConverter.Converted converted, Site site) {
        return converted.key().map(conversionKey -> site.cache().keyFor(conversionKey, page));
    }

    private static FinishedCache.Finished finish(Page page, AsciidocEngine.Conversion conversion, Site site) {
        Problems own = new Problems();
        conversion
                .messages()
                .forEach(message -> AsciidoctorMessages.report(page, message, site.referableAttributes(), own));
        HtmlPostProcessor.Processed processed = site.post().process(page, conversion.html(), own);
        return new FinishedCache.Finished(processed, own.sorted());
    }
}
