package dev.hipflex.share;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import dev.hipflex.account.RunnerZone;
import dev.hipflex.journal.JournalService;
import dev.hipflex.journal.PainCheck;
import dev.hipflex.journal.TrainingSession;
import dev.hipflex.progress.Progress;
import dev.hipflex.progress.ProgressService;
import dev.hipflex.progression.ProgressionService;
import dev.hipflex.routine.WeekService;

import org.springframework.stereotype.Service;

/**
 * What a clinician sees through a share link, put together from the other modules' public services (never
 * their tables): the runner's week with its doses, the sessions of the last {@value #WEEKS} weeks with their
 * sets, adherence and the effort and pain chart (the progress page's), the pain check (the journal's) and the
 * suggested next steps (the progression's). Nothing that names the runner or their account.
 */
@Service
public class ClinicianSummaries {

	/** The weeks of sessions shown, the current week included (as the progress page's charts). */
	static final int WEEKS = 12;

	/** Bounds the page whatever the journal holds: more than two sessions a day for twelve weeks. */
	static final int SESSIONS_MAX = 200;

	/**
	 * The summary. {@code painCheck} is null when the pain monitor flags nothing; {@code notedDays} are the days
	 * of the week with a note.
	 */
	public record Summary(WeekService.Week week, List<WeekService.Day> notedDays, LocalDate from, LocalDate today,
			List<TrainingSession> sessions, Progress progress, PainCheck painCheck,
			List<ProgressionService.NextStep> nextSteps) {
	}

	private final WeekService weeks;

	private final JournalService journal;

	private final ProgressService progress;

	private final ProgressionService progression;

	private final RunnerZone zones;

	ClinicianSummaries(WeekService weeks, JournalService journal, ProgressService progress,
			ProgressionService progression, RunnerZone zones) {
		this.weeks = weeks;
		this.journal = journal;
		this.progress = progress;
		this.progression = progression;
		this.zones = zones;
	}

	public Summary of(long accountId) {
		LocalDate today = zones.today(accountId);
		LocalDate from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1L);
		WeekService.Week week = weeks.weekFor(accountId);
		return new Summary(week, week.days().stream().filter(day -> day.note() != null).toList(), from, today,
				journal.sessionsWithSets(accountId, from, today, SESSIONS_MAX), progress.progress(accountId, null),
				journal.painCheck(accountId).orElse(null), progression.forWeek(accountId));
	}

}
