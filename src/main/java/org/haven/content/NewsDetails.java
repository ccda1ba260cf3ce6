package org.haven.content;

import java.time.LocalDate;

/** A news item: the day it leaves the home page, or null to stay there. */
public record NewsDetails(LocalDate expires) implements PageDetails {}
