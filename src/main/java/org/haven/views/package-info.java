/**
 * What the templates are given, as records: each component is a name a template can use
 * ({@code page.title}), and docs/templates.md documents every one of them (a test holds the
 * two together). Nothing here computes anything; {@code org.haven.listings} builds them.
 */
package org.haven.views;
