package dev.hipflex.journal;

/** Why a runner paused, as {@code training_pause.reason} stores it. */
public enum PauseReason {

	INJURY, ILLNESS, TRAVEL, OTHER

}
