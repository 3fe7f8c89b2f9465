/**
 * Routines (ordered exercises with their dose), the six-week programme, and the weekly plan: which
 * routines on which day, shown as a page, printed on one sheet, downloaded as a PDF and exported as an
 * iCalendar file. HipFlex's routines and the recommended week are shared templates; a runner's own week
 * and their versions of routines are rows of the same tables with an owner, changed only through
 * {@link dev.hipflex.routine.WeekEditor} and {@link dev.hipflex.routine.RoutineEditor}.
 */
package dev.hipflex.routine;
