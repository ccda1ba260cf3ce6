/**
 * A faithful Java port of <a href="https://lunrjs.com">lunr.js</a> 2.3.9: tokenizer, pipeline
 * (trimmer, stop word filter, Porter stemmer), index builder with BM25 field vectors, token
 * sets, the query language and index serialisation.
 *
 * <p>An index built here serialises to exactly the JSON that lunr.js's
 * {@code JSON.stringify(idx)} produces for the same documents, so it can be loaded by
 * {@code lunr.Index.load} in a browser; indexes written by lunr.js load here too. Searching
 * returns the same documents, in the same order, with the same scores as lunr.js.
 *
 * <p>The package depends only on the JDK (it carries its own small JSON reader and writer).
 */
package org.haven.lunr;
