/**
 * The training journal: a runner's logged strengthening sessions (date, routine, sets done, effort,
 * pain during and the next morning, notes), their history, month calendar, pain-monitoring advice and
 * CSV export and import. Every query is scoped to the logged-in runner's account.
 */
package dev.hipflex.journal;
