package org.haven.views;

import java.util.List;

/** What {@code plans.peb} is given. */
public record PlansModel(List<PlanLink> plans) {}
