package dev.hipflex.journal;

/**
 * Thrown when an edit form was opened before another change to the session was saved (in another tab or
 * on another device): the save is refused so that change is not overwritten.
 */
class StaleSessionException extends RuntimeException {

	private final int currentVersion;

	StaleSessionException(int currentVersion) {
		super("session changed since the form was opened");
		this.currentVersion = currentVersion;
	}

	int getCurrentVersion() {
		return currentVersion;
	}

}
