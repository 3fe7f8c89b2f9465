package dev.hipflex.share;

import java.time.Period;
import java.util.Arrays;
import java.util.Optional;

/** How long a share link works from its making or renewal: at most three months. */
public enum ShareExpiry {

	TWO_WEEKS("2w", Period.ofWeeks(2)), ONE_MONTH("1m", Period.ofMonths(1)), THREE_MONTHS("3m", Period.ofMonths(3));

	private final String value;

	private final Period period;

	ShareExpiry(String value, Period period) {
		this.value = value;
		this.period = period;
	}

	/** The form's value. */
	public String value() {
		return value;
	}

	Period period() {
		return period;
	}

	/** The choice a form sent, or empty for anything else (a longer time included). */
	static Optional<ShareExpiry> parse(String value) {
		return Arrays.stream(values()).filter(choice -> choice.value.equals(value)).findFirst();
	}

}
