/**
 * The content report for the comms team: pages past their review date or with no owner,
 * drafts and scheduled pages, the reading grade of every page, missing easy-read versions
 * and every warning by file. Printed by {@code haven report} and shown by {@code haven serve}
 * at {@code /_haven/report}; never published.
 */
package org.haven.report;
