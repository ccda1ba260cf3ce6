package org.haven.listings;

import java.util.List;
import org.haven.content.Page;
import org.haven.content.PageType;

/** {@code /feed.xml}: the news as an Atom feed, newest first, dated by the news itself so builds repeat exactly. */
public final class AtomFeed {
    private static final int ENTRIES = 20;

    private AtomFeed() {}

    public static String of(SiteContent content) {
        String base = content.site().baseUrl();
        List<Page> news = content.newest(PageType.NEWS).stream().limit(ENTRIES).toList();
        String updated = news.isEmpty() || news.get(0).date() == null
                ? "2000-01-01"
                : news.get(0).date().toString();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(Xml.escape(content.site().language()))
                .append("\">\n")
                .append("  <title>")
                .append(Xml.escape(content.site().name()))
                .append(": news</title>\n")
                .append("  <id>")
                .append(Xml.escape(WebAddress.of(base, SiteUrls.NEWS)))
                .append("</id>\n")
                .append("  <link rel=\"self\" href=\"")
                .append(Xml.escape(WebAddress.of(base, SiteUrls.FEED)))
                .append("\"/>\n")
                .append("  <link rel=\"alternate\" href=\"")
                .append(Xml.escape(WebAddress.of(base, SiteUrls.NEWS)))
                .append("\"/>\n")
                .append("  <updated>")
                .append(updated)
                .append("T00:00:00Z</updated>\n")
                .append("  <author><name>")
                .append(Xml.escape(content.site().name()))
                .append("</name></author>\n");
        for (Page item : news) {
            String url = WebAddress.of(base, item.url());
            String date = item.date() == null ? updated : item.date().toString();
            xml.append("  <entry>\n")
                    .append("    <title>")
                    .append(Xml.escape(item.title()))
                    .append("</title>\n")
                    .append("    <id>")
                    .append(Xml.escape(url))
                    .append("</id>\n")
                    .append("    <link href=\"")
                    .append(Xml.escape(url))
                    .append("\"/>\n")
                    .append("    <updated>")
                    .append(date)
                    .append("T00:00:00Z</updated>\n")
                    .append("    <summary>")
                    .append(Xml.escape(item.summary()))
                    .append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }
}
