package dev.hipflex.system;

/**
 * Thrown when a request cannot be answered as asked because another request changed the same data a moment
 * before (a double click, a second tab); answered with the 409 page showing the message with key
 * {@code messageKey}, which says what happened and what to do.
 */
public class ConflictException extends BadRequestException {

	public ConflictException(String messageKey, Object... messageArguments) {
		super(messageKey, messageArguments);
	}

}
