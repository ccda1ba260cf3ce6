/**
 * The content report for the comms team: what is still to write (FILL IN and placeholders),
 * pages past their review date or with no owner, drafts and scheduled pages, every page's
 * reading grade with what to aim for, missing easy-read versions and every warning, each page
 * named by its title and address with the file to edit. Printed by {@code haven report} (as
 * text, or JSON for automation: {@code docs/content-report.md}) and shown by {@code haven serve}
 * at {@code /_haven/report}; never published.
 */
package org.haven.report;
