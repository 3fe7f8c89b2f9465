package dev.hipflex.account;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The operator's retention settings (docs/operations.md, "Personal data and retention"): after how long without
 * a login an account is deleted ({@code hipflex.retention.inactive-after}, empty: never, the default), and how
 * long before that its runner is warned by mail ({@code hipflex.retention.warning-before}). Each is an ISO-8601
 * period ({@code P3Y}, {@code P18M}) or duration ({@code PT36H}), counted in UTC.
 */
@Component
class Retention {

	private final Optional<TemporalAmount> inactiveAfter;

	private final TemporalAmount warningBefore;

	Retention(@Value("${hipflex.retention.inactive-after:}") String inactiveAfter,
			@Value("${hipflex.retention.warning-before:P30D}") String warningBefore) {
		this.inactiveAfter = inactiveAfter.isBlank() ? Optional.empty()
				: Optional.of(parse("hipflex.retention.inactive-after", inactiveAfter));
		this.warningBefore = parse("hipflex.retention.warning-before", warningBefore);
	}

	/** Empty when the operator has not asked for unused accounts to be deleted. */
	Optional<TemporalAmount> inactiveAfter() {
		return inactiveAfter;
	}

	TemporalAmount warningBefore() {
		return warningBefore;
	}

	/** The same time less the amount: a period by the calendar (a year is a year), a duration exactly. */
	static LocalDateTime before(LocalDateTime at, TemporalAmount amount) {
		return at.minus(amount);
	}

	/** The amount in words, for runners: "3 years", "1 year, 6 months", "36 hours". */
	static String describe(TemporalAmount amount, MessageSource messages, Locale locale) {
		List<String> parts = new ArrayList<>();
		if (amount instanceof Period period) {
			add(parts, period.getYears(), "retention.years", messages, locale);
			add(parts, period.getMonths(), "retention.months", messages, locale);
			add(parts, period.getDays(), "retention.days", messages, locale);
		}
		else if (amount instanceof Duration duration) {
			add(parts, duration.toDays(), "retention.days", messages, locale);
			add(parts, duration.toHoursPart(), "retention.hours", messages, locale);
			add(parts, duration.toMinutesPart(), "retention.minutes", messages, locale);
		}
		return String.join(", ", parts);
	}

	private static void add(List<String> parts, long count, String key, MessageSource messages, Locale locale) {
		if (count != 0) {
			parts.add(messages.getMessage(key, new Object[] { count }, locale));
		}
	}

	private static TemporalAmount parse(String name, String value) {
		String text = value.strip().toUpperCase(Locale.ROOT);
		TemporalAmount amount;
		try {
			amount = text.contains("T") ? Duration.parse(text) : Period.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalStateException(name + " must be an ISO-8601 period such as P3Y or P30D, or a "
					+ "duration such as PT36H; it is \"" + value + "\"", ex);
		}
		if (amount instanceof Period period ? period.isNegative() || period.isZero()
				: ((Duration) amount).isNegative() || ((Duration) amount).isZero()) {
			throw new IllegalStateException(name + " must be longer than nothing; it is \"" + value + "\"");
		}
		return amount;
	}

}
