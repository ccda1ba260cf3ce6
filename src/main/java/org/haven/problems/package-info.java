/**
 * What is wrong with a site, said in plain English: a problem names the file, the line, what
 * is wrong and how to fix it, as an error (the build stops) or a warning (it does not).
 * Every other package reports into {@link org.haven.problems.Problems}; none of them depends
 * on another to do so.
 */
package org.haven.problems;
