/**
 * The content contract as Java: what a partnership writes ({@code data/site.yaml},
 * {@code data/glossary.yaml}, page headers) read, checked and turned into a model, with a
 * plain-English problem for every rule a file breaks.
 */
package org.haven.content;
