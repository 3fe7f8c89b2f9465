package dev.hipflex.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What a password must be: 10 to 64 characters (bcrypt reads at most 72 bytes, so the upper bound keeps
 * every character counted), not only spaces, and not one of the 20,000 most common passwords shipped in
 * {@code passwords/common-passwords.txt}.
 */
@Component
public class PasswordRules {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 64;

	static final int MAX_BYTES = 72;

	private final Set<String> common;

	PasswordRules() {
		this.common = load("passwords/common-passwords.txt");
	}

	/** The message key saying what is wrong with the password, or empty when it is acceptable. */
	public Optional<String> problem(String password) {
		if (password == null || password.isEmpty()) {
			return Optional.of("password.tooShort");
		}
		if (password.codePoints().allMatch(PasswordRules::isBlank)) {
			return Optional.of("password.blank");
		}
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.codePointCount(0, password.length()) > MAX_LENGTH
				|| password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.tooLong");
		}
		if (common.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	/**
	 * Checks a new password typed twice (registration, a reset link): the password's field gets its problem, or,
	 * when it has none, the repeat's field gets {@code password.mismatch} if the two differ.
	 */
	public void check(String password, String repeated, Errors errors, String field, String repeatedField) {
		problem(password).ifPresent(problem -> errors.rejectValue(field, problem));
		if (!errors.hasFieldErrors(field) && !Objects.equals(password, repeated)) {
			errors.rejectValue(repeatedField, "password.mismatch");
		}
	}

	/** Spaces of every kind, the no-break ones too ({@link String#isBlank} misses those), tabs and line breaks. */
	private static boolean isBlank(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
	}

	private static Set<String> load(String path) {
		Set<String> passwords = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(passwords::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return passwords;
	}

}
