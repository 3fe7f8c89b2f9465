package dev.hipflex.home;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import dev.hipflex.checklist.ChecklistService;
import dev.hipflex.journal.JournalService;
import dev.hipflex.journal.JournalService.SessionSummary;
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

	HomeService(WeekService weeks, ChecklistService checklist, JournalService journal) {
		this.weeks = weeks;
		this.checklist = checklist;
		this.journal = journal;
	}

	/** Today: the plan for the day, the checklist, the last session and the week's strength sessions so far. */
	public record Today(LocalDate date, WeekService.Day plan, ChecklistService.Day checklist, SessionSummary lastSession,
			int sessionsPlanned, Set<Long> loggedBefore, SessionSummary morning) {

		public int sessionsThisWeek() {
			return checklist.strengthSessions();
		}

		public boolean strengthPlanned() {
			return plan.routines().stream().anyMatch(routine -> routine.routine().getKind() == RoutineKind.STRENGTH);
		}

	}

	@Transactional(readOnly = true)
	Today today(Long accountId, LocalDate date) {
		WeekService.Week week = weeks.weekFor(accountId);
		WeekService.Day plan = week.days().get(date.getDayOfWeek().getValue() - 1);
		int planned = (int) week.days().stream()
			.filter(day -> day.routines().stream()
				.anyMatch(routine -> routine.routine().getKind() == RoutineKind.STRENGTH))
			.count();
		ChecklistService.Day checklistDay = checklist.day(accountId, date, week);
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
				loggedBefore, morning);
	}

}
