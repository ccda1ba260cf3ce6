package org.haven.views;

import java.util.List;

/** One part of a plan (joint, children or adults) and its priorities. */
public record ScopeView(String scope, String label, List<CardView> priorities) {}
