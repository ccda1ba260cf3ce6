package org.haven.cli;

import org.haven.bake.BuildOptions;
import org.haven.bake.SiteBuilder;
import org.haven.listings.SiteUrls;
import org.haven.search.SearchHit;
import org.haven.search.SiteSearchIndex;

import java.util.List;
import java.util.Locale;

/** {@code haven search "words"}: what the site's search shows people for those words, best first. */
final class SearchCommand {
    private static final int SHOWN = 10;

    private final Arguments arguments;

    SearchCommand(Arguments arguments) {
        this.arguments = arguments;
        arguments.allowOnly("source");
    }

    int run() {
        if (arguments.positional().isEmpty()) throw new UsageException("Write what to search for: haven search \"worried about a child\".");
        String query = String.join(" ", arguments.positional());
        var build = new SiteBuilder(SiteFolder.check(arguments.source()), BuildOptions.publish()).build();
        List<SearchHit> hits = SiteSearchIndex.load(build.output().at(SiteUrls.SEARCH_INDEX)).search(query, SHOWN);
        if (hits.isEmpty()) {
            System.out.println("Nothing found for \"" + query + "\". People are offered the A to Z of pages instead.");
            return 0;
        }
        System.out.println("Top " + hits.size() + " for \"" + query + "\":");
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            System.out.printf(Locale.ROOT, "%2d. %s  [%s]  %s%n    %s%n", i + 1, hit.title(), hit.type(), hit.url(), hit.summary());
        }
        return 0;
    }
}
