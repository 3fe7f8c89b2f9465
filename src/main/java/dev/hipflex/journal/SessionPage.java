package dev.hipflex.journal;

import dev.hipflex.guide.RedFlags;

/**
 * A logged session with its sets, what the pain monitor makes of its pain, and the red flags the page shows
 * beside any advice (none when the advice is quiet).
 */
public record SessionPage(TrainingSession session, PainMonitor.Advice advice, RedFlags redFlags) {
}
