package dev.hipflex.journal;

/** A logged session with its sets, and what the pain monitor makes of its pain. */
public record SessionPage(TrainingSession session, PainMonitor.Advice advice) {
}
