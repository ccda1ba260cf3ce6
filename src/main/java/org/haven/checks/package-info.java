/**
 * The rules that find what is wrong with a site: every rule reports the file, the
 * line where there is one, what is wrong and how to fix it, as an error or a warning.
 */
package org.haven.checks;
