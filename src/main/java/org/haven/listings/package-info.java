/**
 * Generated pages and what templates are given (the records of {@code org.haven.views}):
 * the view of each page, the cards that list pages, the header's links, and the pages
 * Haven makes from the content (home, levels of need, plans, reviews
 * library, news, glossary, A–Z, accessibility statement, staying safe online, search, 404),
 * plus the Atom feed, sitemap and robots.txt.
 */
package org.haven.listings;
