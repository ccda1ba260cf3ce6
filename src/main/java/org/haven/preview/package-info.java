/**
 * The preview server behind {@code haven serve}: serves the site from memory on 127.0.0.1,
 * watches the site folder, rebuilds with a warm Asciidoctor on every save and tells open
 * pages to reload. Drafts and scheduled pages are shown, with a banner. Never for publishing.
 */
package org.haven.preview;
