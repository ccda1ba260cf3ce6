/**
 * Haven kept ready in the background: after a build on a laptop, a second Haven stays running
 * for a while, JRuby and Asciidoctor started, and the next {@code haven build} or
 * {@code haven check} run in the same folder, with the same settings, is done by it, its
 * output and exit code passed back. Each build in it is a whole build, as in a fresh process,
 * reading the same build cache: it only saves starting Java and JRuby again. Never in CI,
 * never with {@code --no-daemon} or {@code HAVEN_DAEMON=off}; {@code haven stop} stops it.
 */
package org.haven.daemon;
