/**
 * The runner's progress page ({@code /journal/progress}): sessions done against the plan each week and
 * the streak of weeks that met it, volume per exercise per week, and effort and pain per session, each as
 * a chart drawn on the server ({@link dev.hipflex.progress.ChartGeometry}) followed by its data as a table.
 * Reads the journal's tables with SQL aggregates, always for the logged-in runner's account only.
 */
package dev.hipflex.progress;
