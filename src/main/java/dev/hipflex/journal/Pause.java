package dev.hipflex.journal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Days a runner marked as not training, both ends included, with why and an optional note. */
public record Pause(long id, LocalDate startsOn, LocalDate endsOn, PauseReason reason, String note) {

	/** How many days the pause lasts, both ends included. */
	public long days() {
		return ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
	}

	public boolean covers(LocalDate date) {
		return !date.isBefore(startsOn) && !date.isAfter(endsOn);
	}

	/** Whether the pause has started and not yet ended on {@code today}. */
	public boolean isRunning(LocalDate today) {
		return covers(today);
	}

	/** "I'm back" ends it yesterday: only a pause that started before today and is still running can end early. */
	public boolean canEndEarly(LocalDate today) {
		return startsOn.isBefore(today) && !endsOn.isBefore(today);
	}

	public boolean isOneDay() {
		return startsOn.equals(endsOn);
	}

}
