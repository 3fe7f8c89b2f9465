package dev.hipflex.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * When a reminder is due, on days whose clocks change: the runner's time is a wall-clock time. Fixed dates, not
 * the clock's: the rule is about those dates.
 */
class WeekRemindersTest {

	private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	@Test
	void aMorningReminderOnTheDayClocksGoForwardIsAtItsWallClockTime() {
		// 14 March 2027: Los Angeles moves from UTC-8 to UTC-7 at 02:00; 07:00 there is 14:00 UTC.
		LocalDate day = LocalDate.of(2027, 3, 14);
		WeekReminders.Due due = new WeekReminders.Due(1, 420, null);
		assertThat(WeekReminders.dueDay(due, LOS_ANGELES, Instant.parse("2027-03-14T13:59:59Z"))).isEmpty();
		assertThat(WeekReminders.dueDay(due, LOS_ANGELES, Instant.parse("2027-03-14T14:00:00Z"))).contains(day);
		assertThat(WeekReminders.dueDay(due, LOS_ANGELES, Instant.parse("2027-03-14T16:59:59Z"))).contains(day);
		assertThat(WeekReminders.dueDay(due, LOS_ANGELES, Instant.parse("2027-03-14T17:00:00Z"))).as("3 hours on")
			.isEmpty();
		assertThat(WeekReminders.dueDay(new WeekReminders.Due(1, 420, day), LOS_ANGELES,
				Instant.parse("2027-03-14T14:00:00Z"))).as("already sent").isEmpty();
	}

	@Test
	void anEveningReminderBeforeTheDayClocksGoBackIsAtItsWallClockTime() {
		// 7 November 2027: Los Angeles moves back to UTC-8 at 02:00; 19:00 on 6 November (UTC-7) is 02:00 UTC.
		WeekReminders.Due due = new WeekReminders.Due(1, -300, LocalDate.of(2027, 10, 31));
		assertThat(WeekReminders.dueDay(due, LOS_ANGELES, Instant.parse("2027-11-07T01:59:59Z"))).isEmpty();
		assertThat(WeekReminders.dueDay(due, LOS_ANGELES, Instant.parse("2027-11-07T02:00:00Z")))
			.contains(LocalDate.of(2027, 11, 7));
	}

}
