/**
 * Routines (ordered exercises with their dose), the six-week programme, and the weekly plan: which
 * routines on which day, shown as a page, printed on one sheet, downloaded as a PDF and exported as an
 * iCalendar file.
 */
package dev.hipflex.routine;
