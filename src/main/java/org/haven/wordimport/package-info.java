/**
 * {@code haven import}: a Word document becomes a draft page to the content contract, keeping
 * its structure (headings, lists, tables, links, pictures with their alt text) and not its looks,
 * with a list of what a person must still do.
 */
package org.haven.wordimport;
