package org.haven.views;

import java.util.List;

/** What {@code report-hub.peb} is given: the concern pages, public first, in the partnership's order. */
public record ReportHubModel(List<CardView> concernPages) {}
