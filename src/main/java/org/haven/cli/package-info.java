/**
 * The {@code haven} command: build, serve, check, new, search and report, their options,
 * and how results and problems are printed for people who are not programmers.
 */
package org.haven.cli;
