package dev.hipflex.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.hipflex.checklist.ChecklistService;
import dev.hipflex.journal.JournalService;
import dev.hipflex.journal.JournalService.SessionSummary;
import dev.hipflex.journal.Pause;
import dev.hipflex.journal.Pauses;
import dev.hipflex.routine.BreakReturns;
import dev.hipflex.routine.EasierDoses;
import dev.hipflex.routine.RoutineKind;
import dev.hipflex.routine.WeekService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Today at a glance for a logged-in runner, put together from the week plan, the checklist and the journal. */
@Service
public class HomeService {

	private final WeekService weeks;

	private final ChecklistService checklist;

	private final JournalService journal;

	private final Pauses pauses;

	HomeService(WeekService weeks, ChecklistService checklist, JournalService journal, Pauses pauses) {
		this.weeks = weeks;
		this.checklist = checklist;
		this.journal = journal;
		this.pauses = pauses;
	}

	/**
	 * Today: the plan for the day, the checklist, the last session and the week's strength sessions so far; the
	 * pause today is part of (or null), and in the first week back after a break the break ({@code returning}, else
	 * null) with the easier doses of today's strength routines.
	 */
	public record Today(LocalDate date, WeekService.Day plan, ChecklistService.Day checklist, SessionSummary lastSession,
			int sessionsPlanned, Pause pause, BreakReturns.Return returning, List<EasierDoses.Routine> easier,
			Set<Long> loggedBefore, SessionSummary morning) {

		public int sessionsThisWeek() {
			return checklist.strengthSessions();
		}

		public boolean strengthPlanned() {
			return plan.routines().stream().anyMatch(routine -> routine.routine().getKind() == RoutineKind.STRENGTH);
		}

	}

	private static LocalDate min(LocalDate one, LocalDate other) {
		return one.isBefore(other) ? one : other;
	}

	private static LocalDate max(LocalDate one, LocalDate other) {
		return one.isAfter(other) ? one : other;
	}

	@Transactional(readOnly = true)
	Today today(Long accountId, LocalDate date) {
		WeekService.Week week = weeks.weekFor(accountId);
		WeekService.Day plan = week.days().get(date.getDayOfWeek().getValue() - 1);
		// As the progress page counts: a strength day of this week that is paused is not planned.
		LocalDate monday = date.minusDays(date.getDayOfWeek().getValue() - 1L);
		// The runner's pauses read once: this week's paused days, today's pause, the return from a break.
		LocalDate today = pauses.today(accountId);
		Pauses.Around around = pauses.around(accountId, min(monday, Pauses.returnWindowStart(today)),
				max(monday.plusDays(6), today));
		Set<LocalDate> paused = around.pausedDays(monday, monday.plusWeeks(1));
		int planned = (int) week.days().stream()
			.filter(day -> day.routines().stream()
				.anyMatch(routine -> routine.routine().getKind() == RoutineKind.STRENGTH))
			.filter(day -> !paused.contains(monday.plusDays(day.dayOfWeek().getValue() - 1L)))
			.count();
		ChecklistService.Day checklistDay = checklist.day(accountId, date, week, around);
		BreakReturns.Return returning = around.returning(today).orElse(null);
		// "Same as last time" is offered for the day's routines the runner has logged before.
		Set<Long> loggedBefore = plan.routines()
			.stream()
			.map(routine -> routine.routine().getId())
			.filter(routineId -> journal.lastSessionOf(accountId, routineId, date).isPresent())
			.collect(Collectors.toSet());
		// The morning after a session (in the runner's zone, as date is) asks how the hip feels.
		SessionSummary morning = journal.waitingForMorning(accountId)
			.stream()
			.filter(session -> session.date().equals(date.minusDays(1)))
			.findFirst()
			.orElse(null);
		return new Today(date, plan, checklistDay, journal.lastSession(accountId).orElse(null), planned,
				checklistDay.pause(), returning, returning == null ? List.of() : EasierDoses.of(plan.routines()), loggedBefore,
				morning);
	}

}
