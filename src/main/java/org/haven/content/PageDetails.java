package org.haven.content;

import java.util.List;

/** What a page has besides what every page has: the attributes of its own {@code jbake-type}. */
public sealed interface PageDetails permits NoDetails, LevelDetails, PriorityDetails, ReviewDetails, NewsDetails {

    /** The words these attributes add to the page's tags in search, in the order they are indexed. */
    default List<String> keywords() {
        return List.of();
    }
}
