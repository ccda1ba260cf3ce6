package org.haven.views;

import java.util.List;

/** One letter of the A to Z ({@code #} for titles that start with no letter) and its pages. */
public record LetterView(String letter, List<CardView> pages) {}
