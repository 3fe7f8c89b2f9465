package dev.hipflex.journal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.hipflex.account.RunnerZone;
import dev.hipflex.system.BadRequestException;
import dev.hipflex.system.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Next-morning pain in one tap: the sessions from the day before to {@link #DAYS_BACK} days before the
 * runner's today (in their own time zone) that have no next-morning pain yet, and storing the answer on one
 * of them. Older sessions are left to the edit form: a morning recalled days later is a guess.
 */
@Component
class MorningPain {

	/** How many days back the journal still asks. */
	static final int DAYS_BACK = 3;

	private final TrainingSessionRepository sessions;

	private final RunnerZone zones;

	private final Clock clock;

	MorningPain(TrainingSessionRepository sessions, RunnerZone zones, Clock clock) {
		this.sessions = sessions;
		this.zones = zones;
		this.clock = clock;
	}

	/** The sessions still waiting for their morning, newest first. */
	List<TrainingSession> waiting(long accountId) {
		LocalDate today = zones.today(accountId);
		return sessions.findWithoutMorningPain(accountId, today.minusDays(DAYS_BACK), today.minusDays(1));
	}

	/**
	 * Stores the pain (a whole number 0–10, as the buttons send it) on the runner's session if it is within
	 * the days asked about, and says whether it did. Anything else changes nothing: a bad value is a bad request,
	 * another runner's session is not found, and a session outside those days (a page left open since, a
	 * session logged today) is answered with {@code false}, for the page to explain.
	 */
	boolean record(long accountId, long id, String pain) {
		String typed = pain == null ? "" : pain.strip();
		if (!typed.matches("[0-9]{1,2}") || Integer.parseInt(typed) > JournalLimits.SCALE_MAX) {
			throw new BadRequestException("journal.morning.invalid", SessionFormReader.quote(typed));
		}
		TrainingSession session = sessions.findByIdAndAccountId(id, accountId)
			.orElseThrow(() -> new NotFoundException("session " + id));
		LocalDate today = zones.today(accountId);
		LocalDate date = session.getSessionDate();
		if (!date.isBefore(today) || date.isBefore(today.minusDays(DAYS_BACK))) {
			return false;
		}
		session.painNextMorning(Integer.parseInt(typed), clock.instant());
		return true;
	}

}
