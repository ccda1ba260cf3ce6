/**
 * Baking: turns the checked content into the files of the site. It converts each page once
 * with AsciidoctorJ (SAFE mode, jailed to the site folder, JRuby started once and early), on
 * every core, post-processes the HTML (links, glossary, charts, easy-read rows), renders the
 * theme, and writes the output only when the whole build has succeeded.
 */
package org.haven.bake;
