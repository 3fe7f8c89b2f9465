package dev.hipflex.home;

import java.time.LocalDate;
import java.util.List;

import dev.hipflex.checklist.ChecklistService;
import dev.hipflex.routine.RoutineKind;
import dev.hipflex.routine.WeekService;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Today at a glance for a logged-in runner, put together from the week plan, the checklist and the journal. */
@Service
public class HomeService {

	private final WeekService weeks;

	private final ChecklistService checklist;

	private final JdbcTemplate jdbc;

	HomeService(WeekService weeks, ChecklistService checklist, JdbcTemplate jdbc) {
		this.weeks = weeks;
		this.checklist = checklist;
		this.jdbc = jdbc;
	}

	/** The last logged session: when, which routine, effort and pain. */
	public record LastSession(long id, LocalDate date, String routine, int effort, int painDuring, Integer painNextMorning) {
	}

	/** Today: the plan for the day, the checklist, the last session and the week's strength sessions so far. */
	public record Today(LocalDate date, WeekService.Day plan, ChecklistService.Day checklist, LastSession lastSession,
			int sessionsPlanned) {

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
		List<LastSession> last = jdbc.query("""
				select id, session_date, routine_name, effort, pain_during, pain_next_morning from training_session
				where account_id = ? order by session_date desc, id desc fetch first 1 rows only""",
				(rs, row) -> new LastSession(rs.getLong("id"), rs.getDate("session_date").toLocalDate(),
						rs.getString("routine_name"), rs.getInt("effort"), rs.getInt("pain_during"),
						rs.getObject("pain_next_morning", Integer.class)),
				accountId);
		return new Today(date, plan, checklistDay, last.isEmpty() ? null : last.get(0), planned);
	}

}
