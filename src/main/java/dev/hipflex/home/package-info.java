/**
 * The home page: for visitors, what HipFlex offers; for a logged-in runner, today at a glance (the
 * planned routine with a button to log it, today's checklist, the last session, this week's adherence).
 */
package dev.hipflex.home;
