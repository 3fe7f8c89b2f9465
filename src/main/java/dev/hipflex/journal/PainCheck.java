package dev.hipflex.journal;

import java.time.LocalDate;

import dev.hipflex.guide.RedFlags;

/**
 * The pain monitor's advice about the runner's latest session that has a next-morning pain, for the top of
 * the history: a pattern that builds up over sessions shows there, not only on each session's own page.
 */
public record PainCheck(long sessionId, LocalDate sessionDate, PainMonitor.Advice advice, RedFlags redFlags) {
}
