package org.haven.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.haven.bake.BuildOptions;
import org.haven.bake.SiteBuilder;
import org.haven.listings.SiteUrls;
import org.haven.search.SearchHit;
import org.haven.search.SiteSearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code haven search "words"}: what the site's search shows people for those words, best first. */
@Command(name = "search", description = "Show what the site's search finds for some words, best first.")
final class SearchCommand implements Callable<Integer> {
    private static final int SHOWN = 10;

    @Mixin
    private SiteOption site;

    @Parameters(
            paramLabel = "WORDS",
            arity = "1..*",
            description = "What a person would type, e.g. \"worried about a child\".")
    private List<String> words;

    @Override
    public Integer call() {
        String query = String.join(" ", words);
        var build = new SiteBuilder(site.folder(), BuildOptions.publish()).build();
        List<SearchHit> hits =
                SiteSearchIndex.load(build.output().at(SiteUrls.SEARCH_INDEX)).search(query, SHOWN);
        if (hits.isEmpty()) {
            System.out.println("Nothing found for \"" + query + "\". People are offered the A to Z of pages instead.");
            return 0;
        }
        System.out.println("Top " + hits.size() + " for \"" + query + "\":");
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            System.out.printf(
                    Locale.ROOT,
                    "%2d. %s  [%s]  %s%n    %s%n",
                    i + 1,
                    hit.title(),
                    hit.type(),
                    hit.url(),
                    hit.summary());
        }
        return 0;
    }
}
