package org.haven.views;

import java.util.List;

/** What {@code plan.peb} is given: the plan and its parts in the order joint, children, adults. */
public record PlanModel(String plan, List<ScopeView> scopes) {}
