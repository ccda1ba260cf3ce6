package org.haven.views;

import java.util.List;

/**
 * What {@code reviews.peb} and {@code reviews-group.peb} are given: the reviews (newest
 * first) and every way to browse them; on a group's page, which group it is ("Theme",
 * "Review type" or "Year", and its name), null on the library's.
 */
public record ReviewsModel(
        String groupKind,
        String groupName,
        List<CardView> reviews,
        List<FacetView> themes,
        List<FacetView> types,
        List<FacetView> years) {}
