package org.haven.bake;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.haven.content.Page;
import org.haven.problems.Problem;
import org.haven.problems.Problems;

/**
 * The fourth phase's first half, finish: a converted page post-processed and checked (links,
 * glossary, charts, reading level), with what Asciidoctor said about it reported against the
 * page. A previewing finisher reuses a page's result while its conversion and the site-wide
 * settings stay the same.
 */
final class PageFinisher {
    private final boolean keepFinished;
    private final Map<String, FinishedPage> finished = new ConcurrentHashMap<>();

    private record FinishedPage(
            AsciidocEngine.Conversion conversion,
            HtmlPostProcessor.Settings settings,
            HtmlPostProcessor.Processed processed,
            List<Problem> problems) {}

    PageFinisher(boolean keepFinished) {
        this.keepFinished = keepFinished;
    }

    /** @param referableAttributes the attributes a page may refer to, to suggest the one meant by a wrong reference */
    HtmlPostProcessor.Processed finish(
            Page page,
            AsciidocEngine.Conversion conversion,
            HtmlPostProcessor post,
            Set<String> referableAttributes,
            Problems problems) {
        FinishedPage last = finished.get(page.source());
        if (last != null && last.conversion() == conversion && last.settings().equals(post.settings())) {
            last.problems().forEach(problems::add);
            return last.processed();
        }
        Problems own = new Problems();
        conversion.messages().forEach(message -> AsciidoctorMessages.report(page, message, referableAttributes, own));
        HtmlPostProcessor.Processed processed = post.process(page, conversion.html(), own);
        List<Problem> found = own.sorted();
        found.forEach(problems::add);
        if (keepFinished) finished.put(page.source(), new FinishedPage(conversion, post.settings(), processed, found));
        return processed;
    }
}
