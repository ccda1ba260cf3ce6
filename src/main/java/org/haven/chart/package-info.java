/** Charts drawn at build time as accessible inline SVG: a {@code [.targets]} table becomes a bar chart. */
package org.haven.chart;
