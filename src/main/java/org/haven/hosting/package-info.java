/** What a host serving the built site should be told: the security headers, from one source. */
package org.haven.hosting;
