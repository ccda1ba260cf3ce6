package org.haven.report;

import org.haven.listings.Dates;

/**
 * The report as the preview shows it at {@code /_haven/report}: each page a link to itself, by
 * its title, with the file to edit in small print after it.
 */
public final class HtmlReport {
    private HtmlReport() {}

    public static String of(ContentReport report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Content report</title>"
                + "<link rel=\"stylesheet\" href=\"/theme/govuk-frontend.css\"><link rel=\"stylesheet\" href=\"/theme/css/haven.css\">"
                + "<script src=\"/_haven/reload.js\" defer></script></head><body class=\"govuk-template__body\">"
                + "<main class=\"govuk-width-container govuk-main-wrapper\" id=\"main-content\">"
                + "<h1 class=\"govuk-heading-xl\">Content report</h1><p class=\"govuk-body\">");
        html.append(escape(report.siteName()))
                .append(", ")
                .append(Dates.text(report.date()))
                .append(
                        ". For the comms team: drafts are included, and this page is only in preview, never published.</p>");
        for (Section section : report.sections()) {
            html.append("<h2 class=\"govuk-heading-m\" id=\"")
                    .append(section.id())
                    .append("\">")
                    .append(escape(section.title()))
                    .append(" (")
                    .append(section.items().size())
                    .append(")</h2><p class=\"govuk-body\">")
                    .append(escape(section.explanation()))
                    .append("</p>");
            if (section.items().isEmpty()) {
                html.append("<p class=\"govuk-body\">Nothing to do.</p>");
                continue;
            }
            html.append("<ul class=\"govuk-list govuk-list--spaced\">");
            for (Section.PlaceItems place : section.byPlace()) {
                place(html, place.place());
                for (Item item : place.items()) {
                    html.append("<li>")
                            .append(item.line() > 0 ? "Line " + item.line() + ": " : "")
                            .append(escape(item.note()))
                            .append("</li>");
                }
                html.append("</ul></li>");
            }
            html.append("</ul>");
        }
        return html.append("</main></body></html>").toString();
    }

    private static void place(StringBuilder html, Place place) {
        html.append("<li>");
        if (place.url() == null) {
            html.append("<strong>").append(escape(place.name())).append("</strong>");
        } else {
            html.append("<a class=\"govuk-link\" href=\"")
                    .append(escape(place.url()))
                    .append("\">")
                    .append(escape(place.name()))
                    .append("</a>");
        }
        if (place.title() != null) {
            html.append(" <span class=\"govuk-body-s\">(")
                    .append(escape(place.file()))
                    .append(")</span>");
        }
        html.append("<ul class=\"govuk-list govuk-list--bullet\">");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
