package dev.hipflex.routine;

import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the reminder mails that are due ({@link WeekReminders#sendDue()}), every five minutes by default
 * ({@code hipflex.reminders.cron}), on every instance: each day's mail is claimed before it is sent.
 */
@Component
@EnableScheduling
class WeekReminderJob {

	private final WeekReminders reminders;

	WeekReminderJob(WeekReminders reminders) {
		this.reminders = reminders;
	}

	/** Tests call {@link WeekReminders#sendDue()} directly, with the application's clock moved. */
	@Scheduled(cron = "${hipflex.reminders.cron:0 */5 * * * *}", zone = "UTC")
	void run() {
		reminders.sendDue();
	}

}
