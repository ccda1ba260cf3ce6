package org.haven.wordimport;

/** A picture taken out of the document, to be written at {@code sitePath} under the site's {@code assets/}. */
public record ExtractedImage(String sitePath, byte[] data) {}
