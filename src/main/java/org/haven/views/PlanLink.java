package org.haven.views;

/** A plan on {@code /plans/}: its name, its page and how many priorities it has. */
public record PlanLink(String plan, String url, int count) {}
