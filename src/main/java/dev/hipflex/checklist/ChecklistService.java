package dev.hipflex.checklist;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.hipflex.account.RunnerLock;
import dev.hipflex.journal.JournalService;
import dev.hipflex.journal.Pause;
import dev.hipflex.journal.Pauses;
import dev.hipflex.routine.WeekService;
import dev.hipflex.system.BadRequestException;
import org.hibernate.Hibernate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * The checklist's content, and a runner's ticks: which items apply on a day (run-day items only on run
 * days; weekly items every day, stored against the week's Monday), what is ticked, and the week's summary.
 * Whether a day is a run day comes from the runner's week plan unless they said otherwise for that day.
 */
@Service
public class ChecklistService {

	/** Strength sessions a week that tick the weekly strength item. */
	public static final int STRENGTH_SESSIONS_A_WEEK = 2;

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	private final ChecklistRepository groups;

	private final WeekService weeks;

	private final JdbcTemplate jdbc;

	private final RunnerLock runnerLock;

	private final JournalService journal;

	private final Pauses pauses;

	private final SingletonSupplier<List<ChecklistGroup>> content = SingletonSupplier.of(this::load);

	ChecklistService(ChecklistRepository groups, WeekService weeks, JdbcTemplate jdbc, RunnerLock runnerLock,
			JournalService journal, Pauses pauses) {
		this.journal = journal;
		this.pauses = pauses;
		this.groups = groups;
		this.weeks = weeks;
		this.jdbc = jdbc;
		this.runnerLock = runnerLock;
	}

	/**
	 * A runner's day: whether it is a run day, what is ticked, and the week's strength sessions so far. On a paused
	 * day ({@code pause} not null) the checklist asks nothing.
	 */
	public record Day(LocalDate date, boolean runDay, Set<Long> ticked, int strengthSessions, Pause pause) {

		public boolean isPaused() {
			return pause != null;
		}

		public boolean applies(ChecklistGroup group) {
			return group.getApplies() == ChecklistGroup.Applies.WEEK
					|| (group.getApplies() == ChecklistGroup.Applies.RUN_DAY && runDay);
		}

		public boolean isTicked(ChecklistItem item) {
			return item.isAutomatic() ? strengthSessions >= STRENGTH_SESSIONS_A_WEEK : ticked.contains(item.getId());
		}

	}

	/** A day of the week summary: run day or not, and run-day items ticked out of those that apply (none if paused). */
	public record DaySummary(LocalDate date, boolean runDay, int done, int total, boolean paused) {
	}

	/** The week around a day: each day's summary, the strength sessions logged, and the weekly ticks. */
	public record Week(List<DaySummary> days, int strengthSessions, Set<Long> weeklyTicks) {
	}

	/**
	 * The checklist's groups, items and their sources, for every page that shows it. Read once per instance, with
	 * everything a page reads loaded (nothing lazy left), like the guide's red flags: content changes only with a
	 * migration and a restart (docs/performance.md).
	 */
	@Transactional(readOnly = true)
	public List<ChecklistGroup> checklist() {
		return content.obtain();
	}

	private List<ChecklistGroup> load() {
		List<ChecklistGroup> all = groups.findAllWithItems();
		all.forEach(group -> group.getItems().forEach(item -> Hibernate.initialize(item.getSources())));
		return List.copyOf(all);
	}

	/** How many items apply on a run day: what a run day's summary counts to. */
	private int runDayItems() {
		return checklist().stream()
			.filter(group -> group.getApplies() == ChecklistGroup.Applies.RUN_DAY)
			.mapToInt(group -> group.getItems().size())
			.sum();
	}

	/** A day and the week around it, as the checklist page shows them. */
	public record Overview(Day day, Week week) {
	}

	/** The day and its week, reading the runner's plan and the week's strength sessions once for both. */
	@Transactional(readOnly = true)
	public Overview overview(Long accountId, LocalDate date) {
		LocalDate monday = monday(date);
		Map<LocalDate, Boolean> runDays = runDays(accountId, monday, weeks.weekFor(accountId));
		int strengthSessions = strengthSessions(accountId, monday);
		Pauses.Around paused = pauses.around(accountId, monday, monday.plusDays(6));
		return new Overview(day(accountId, date, runDays, strengthSessions, paused),
				week(accountId, monday, runDays, strengthSessions, paused));
	}

	/**
	 * The runner's day, given the week plan and the pauses (of the day's week at least) the caller has already
	 * read.
	 */
	@Transactional(readOnly = true)
	public Day day(Long accountId, LocalDate date, WeekService.Week plan, Pauses.Around paused) {
		LocalDate monday = monday(date);
		return day(accountId, date, runDays(accountId, monday, plan), strengthSessions(accountId, monday), paused);
	}

	private Day day(Long accountId, LocalDate date, Map<LocalDate, Boolean> runDays, int strengthSessions,
			Pauses.Around paused) {
		Set<Long> ticked = new HashSet<>(jdbc.queryForList(
				"select item_id from checklist_tick where account_id = ? and tick_date in (?, ?)", Long.class, accountId,
				Date.valueOf(date), Date.valueOf(monday(date))));
		return new Day(date, runDays.get(date), ticked, strengthSessions, paused.on(date).orElse(null));
	}

	private Week week(Long accountId, LocalDate monday, Map<LocalDate, Boolean> runDays, int strengthSessions,
			Pauses.Around pausedWeek) {
		int runDayItems = runDayItems();
		Map<LocalDate, Integer> done = new HashMap<>();
		Set<Long> weekly = new HashSet<>();
		jdbc.query("""
				select t.tick_date, t.item_id, g.applies from checklist_tick t
				join checklist_item i on i.id = t.item_id join checklist_group g on g.id = i.group_id
				where t.account_id = ? and t.tick_date between ? and ?""", rs -> {
			LocalDate day = rs.getDate("tick_date").toLocalDate();
			if ("WEEK".equals(rs.getString("applies"))) {
				weekly.add(rs.getLong("item_id"));
			}
			else if (runDays.getOrDefault(day, false)) {
				done.merge(day, 1, Integer::sum);
			}
		}, accountId, Date.valueOf(monday), Date.valueOf(monday.plusDays(6)));
		Set<LocalDate> paused = pausedWeek.pausedDays(monday, monday.plusWeeks(1));
		List<DaySummary> days = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			LocalDate day = monday.plusDays(i);
			boolean run = runDays.get(day);
			boolean off = paused.contains(day);
			days.add(new DaySummary(day, run, off ? 0 : done.getOrDefault(day, 0), run && !off ? runDayItems : 0, off));
		}
		return new Week(days, strengthSessions, weekly);
	}

	/**
	 * Replaces the runner's ticks for a day: the run-day items (only on a run day) on that date and the
	 * weekly items on the week's Monday. Items that do not apply that day, or do not exist, are refused.
	 */
	@Transactional
	public void save(Long accountId, LocalDate date, boolean runDay, LocalDate today, Collection<Long> itemIds) {
		if (date.isBefore(EARLIEST) || date.isAfter(today)) {
			throw new BadRequestException("checklist.badDate", date.toString(), today.toString());
		}
		if (pauses.isPaused(accountId, date)) {
			throw new BadRequestException("checklist.paused", date.toString());
		}
		Map<Long, ChecklistGroup.Applies> tickable = new HashMap<>();
		jdbc.query("""
				select i.id, g.applies from checklist_item i join checklist_group g on g.id = i.group_id
				where i.automatic is null and g.applies <> 'WARNING'""",
				rs -> {
					tickable.put(rs.getLong("id"), ChecklistGroup.Applies.valueOf(rs.getString("applies")));
				});
		for (Long id : itemIds) {
			ChecklistGroup.Applies applies = tickable.get(id);
			if (applies == null || (applies == ChecklistGroup.Applies.RUN_DAY && !runDay)) {
				throw new BadRequestException("checklist.badItem");
			}
		}
		// Replacing is delete then insert: two saves at once would both insert the same keys. One after the
		// other, the last one's ticks stay, as if sent one by one.
		runnerLock.lock(accountId);
		LocalDate monday = monday(date);
		jdbc.update("""
				delete from checklist_tick where account_id = ? and tick_date = ? and item_id in
				(select i.id from checklist_item i join checklist_group g on g.id = i.group_id where g.applies = 'RUN_DAY')""",
				accountId, Date.valueOf(date));
		jdbc.update("""
				delete from checklist_tick where account_id = ? and tick_date = ? and item_id in
				(select i.id from checklist_item i join checklist_group g on g.id = i.group_id where g.applies = 'WEEK')""",
				accountId, Date.valueOf(monday));
		List<Object[]> rows = new ArrayList<>();
		for (Long id : new HashSet<>(itemIds)) {
			LocalDate on = tickable.get(id) == ChecklistGroup.Applies.WEEK ? monday : date;
			rows.add(new Object[] { accountId, id, Date.valueOf(on) });
		}
		jdbc.batchUpdate("insert into checklist_tick (account_id, item_id, tick_date) values (?, ?, ?)", rows);
		jdbc.update("delete from checklist_day where account_id = ? and day_date = ?", accountId, Date.valueOf(date));
		jdbc.update("insert into checklist_day (account_id, day_date, run_day) values (?, ?, ?)", accountId,
				Date.valueOf(date), runDay);
	}

	/** Whether each day of the week starting on {@code monday} is a run day: the runner's answer, else the plan. */
	private Map<LocalDate, Boolean> runDays(Long accountId, LocalDate monday, WeekService.Week plan) {
		Map<LocalDate, Boolean> runDays = new HashMap<>();
		for (WeekService.Day day : plan.days()) {
			runDays.put(monday.plusDays(day.dayOfWeek().getValue() - 1L), day.runDay());
		}
		jdbc.query("select day_date, run_day from checklist_day where account_id = ? and day_date between ? and ?",
				rs -> {
					runDays.put(rs.getDate("day_date").toLocalDate(), rs.getBoolean("run_day"));
				}, accountId, Date.valueOf(monday), Date.valueOf(monday.plusDays(6)));
		return runDays;
	}

	private int strengthSessions(Long accountId, LocalDate monday) {
		return journal.sessionCount(accountId, monday, monday.plusWeeks(1));
	}

	static LocalDate monday(LocalDate date) {
		return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

}
