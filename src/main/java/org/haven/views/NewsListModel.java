package org.haven.views;

import java.util.List;

/** What {@code news-list.peb} is given: the news, newest first. */
public record NewsListModel(List<CardView> news) {}
