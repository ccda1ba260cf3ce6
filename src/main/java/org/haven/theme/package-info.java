/**
 * The default theme: loads Pebble templates (a site's own {@code templates/} first, then the
 * ones shipped in the jar under {@code haven-theme/templates/}), renders pages with them, reads
 * the wording Haven writes itself from {@code messages.yaml} (overridden the same way), and
 * gathers the theme's static files (its CSS, JavaScript, easy-read pictures, a de-branded
 * GOV.UK Frontend stylesheet and lunr) for the output folder.
 */
package org.haven.theme;
