/**
 * Site search: builds the lunr index (via {@link org.haven.lunr}) that the site's browser script
 * loads, with glossary terms working both ways, and searches it the way the browser does.
 */
package org.haven.search;
