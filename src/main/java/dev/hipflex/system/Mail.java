package dev.hipflex.system;

import java.util.Map;

/**
 * A mail to one address. Its body is the templates {@code mail/<template>.txt} (the plain text) and
 * {@code mail/<template>.html}, filled with {@code variables}; its subject the message {@code subject}, with
 * {@code subjectArguments}. Every text comes from the messages files; every link is absolute, made with
 * {@link BaseUrl}. {@code headers} are added to the message as they are (e.g. {@code List-Unsubscribe}).
 */
public record Mail(String to, String template, String subject, Object[] subjectArguments, Map<String, Object> variables,
		Map<String, String> headers) {

	public Mail(String to, String template, String subject, Object[] subjectArguments, Map<String, Object> variables) {
		this(to, template, subject, subjectArguments, variables, Map.of());
	}

	public Mail(String to, String template, String subject, Map<String, Object> variables) {
		this(to, template, subject, new Object[0], variables);
	}

}
