package org.haven.bake;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.haven.checks.NestingRules;
import org.haven.checks.SourceRules;
import org.haven.content.Contact;
import org.haven.content.Page;
import org.haven.problems.Problem;
import org.haven.problems.Problems;

/**
 * Each page's own checks ({@link SourceRules}, {@link NestingRules}), with the problems they
 * found kept in the {@link BuildCache} under the page's file, its text, its language, and what
 * the checks read of the site: the glossary's terms and the contacts. A page nested too deeply
 * to convert is never kept, so it stops every build until it is mended.
 */
final class CheckedPages {
    private final BuildCache cache;
    private final String siteLanguage;
    private final Set<String> terms;
    private final List<Contact> contacts;
    private final String site;

    CheckedPages(BuildCache cache, String siteLanguage, Set<String> terms, List<Contact> contacts) {
        this.cache = cache;
        this.siteLanguage = siteLanguage;
        this.terms = terms;
        this.contacts = contacts;
        this.site = cache.keeps()
                ? CacheKey.of("checking")
                        .add(HavenVersion.FINGERPRINT)
                        .add(siteLanguage)
                        .add(terms)
                        .add(ModelDigest.of(contacts).orElseThrow())
                        .build()
                        .hex()
                : "";
    }

    /** Adds the page's problems to {@code problems}; false when it nests blocks or lists too deeply to convert. */
    boolean check(Page page, Problems problems) {
        Optional<CacheKey> key = cache.keeps() ? Optional.of(keyFor(page)) : Optional.empty();
        Optional<List<Problem>> kept = key.flatMap(cache::read).flatMap(CheckedPages::decode);
        if (kept.isPresent()) {
            kept.get().forEach(problems::add);
            return true;
        }
        Problems own = new Problems();
        SourceRules.check(page, page.language(siteLanguage), terms, contacts, own);
        boolean convertible = NestingRules.check(page.source(), page.text().lines(), own);
        List<Problem> found = own.sorted();
        found.forEach(problems::add);
        if (convertible) key.ifPresent(k -> cache.write(k, encode(found)));
        return convertible;
    }

    private CacheKey keyFor(Page page) {
        return CacheKey.of("checked")
                .add(site)
                .add(page.source())
                .add(page.text().digest())
                .add(page.language(siteLanguage).tag())
                .build();
    }

    static byte[] encode(List<Problem> problems) {
        return EntryContents.write(out -> out.problems(problems));
    }

    static Optional<List<Problem>> decode(byte[] contents) {
        return EntryContents.read(contents, EntryContents.Reader::problems);
    }
}
