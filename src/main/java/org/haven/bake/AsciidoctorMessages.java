package org.haven.bake;

import org.asciidoctor.log.LogRecord;
import org.haven.problems.Problems;
import org.haven.content.Page;

/**
 * What Asciidoctor says about a page, passed on as warnings in Haven's words. Messages Haven
 * reports better itself (heading order, missing attributes, cross references) are left out.
 */
final class AsciidoctorMessages {
    private AsciidoctorMessages() {
    }

    static void report(Page page, LogRecord message, Problems problems) {
        String text = message.getMessage();
        if (text.contains("section title out of sequence") || text.contains("missing attribute")
                || text.contains("possible invalid reference")) {
            return;
        }
        int line = message.getCursor() == null ? 0 : message.getCursor().getLineNumber();
        problems.warning(page.source(), Math.max(line, 0), "AsciiDoc: " + text + ".",
                "Check the AsciiDoc on that line; the AsciiDoc syntax quick reference explains each kind of block.");
    }
}
