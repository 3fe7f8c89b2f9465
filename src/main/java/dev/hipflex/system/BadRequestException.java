package dev.hipflex.system;

/**
 * Thrown when a request cannot be answered as asked (an unknown filter value, a query that is too long);
 * answered with the 400 page showing the message with key {@code messageKey}.
 */
public class BadRequestException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] messageArguments;

	public BadRequestException(String messageKey, Object... messageArguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.messageArguments = messageArguments;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getMessageArguments() {
		return messageArguments;
	}

}
