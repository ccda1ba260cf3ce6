package org.haven.views;

import java.util.List;

/** What {@code a-z.peb} is given. */
public record AToZModel(List<LetterView> letters) {}
