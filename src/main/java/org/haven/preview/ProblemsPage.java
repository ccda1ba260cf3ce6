package org.haven.preview;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.haven.problems.Problem;

/** The page the preview shows while the site has errors: each problem, and the fix, in plain words. */
final class ProblemsPage {
    private ProblemsPage() {}

    static byte[] html(List<Problem> problems) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>The site has errors</title>"
                + "<link rel=\"stylesheet\" href=\"/theme/css/haven.css\"><script src=\"/_haven/reload.js\" defer></script></head>"
                + "<body><main class=\"haven-problems\"><h1>The site has errors</h1>"
                + "<p>Fix these and save: this page reloads by itself.</p><ul>");
        for (Problem problem : problems) {
            html.append("<li><p><strong>")
                    .append(escape(problem.file()))
                    .append(problem.line() > 0 ? ", line " + problem.line() : "")
                    .append("</strong> (")
                    .append(problem.kind())
                    .append("): ")
                    .append(escape(problem.message()))
                    .append("</p><p>")
                    .append(escape(problem.fix()))
                    .append("</p></li>");
        }
        return html.append("</ul></main></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
