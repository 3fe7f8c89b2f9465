package dev.hipflex.journal;

import java.time.LocalDate;

/**
 * Thrown when a log form's token already saved a session that holds other values: the form was changed and
 * sent again (after the browser's Back button), or its token was copied into another form. A token answers
 * for one form, so nothing is saved, and the runner is shown the session it saved.
 */
class FormAlreadySavedException extends RuntimeException {

	private final long sessionId;

	private final transient LocalDate date;

	FormAlreadySavedException(long sessionId, LocalDate date) {
		super("form already saved as session " + sessionId);
		this.sessionId = sessionId;
		this.date = date;
	}

	long getSessionId() {
		return sessionId;
	}

	LocalDate getDate() {
		return date;
	}

}
