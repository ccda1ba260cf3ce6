package org.haven.content;

/** A page, concern or easy-read page: nothing of its own beyond what every page has. */
public record NoDetails() implements PageDetails {}
