/**
 * The injury-prevention checklist: what to do before and after each run and every week, and the
 * warning signs, each linked to the page behind it with its evidence. Logged-in runners tick items per
 * day; the weekly strength item ticks itself from the journal.
 */
package dev.hipflex.checklist;
