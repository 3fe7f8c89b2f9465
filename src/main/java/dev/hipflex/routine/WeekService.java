package dev.hipflex.routine;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.hipflex.system.NotFoundException;
import org.hibernate.Hibernate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a week plan together for the week page, the printed sheet, the PDF and the calendar: each day
 * with its routines and their exercises, and a grid of every exercise of the week against the days. The
 * recommended week and a runner's own week are put together the same way.
 */
@Service
@Transactional(readOnly = true)
public class WeekService {

	private final WeekPlanRepository weeks;

	WeekService(WeekPlanRepository weeks) {
		this.weeks = weeks;
	}

	/**
	 * A routine planned on a day, with its exercises and how long it takes; {@code itemId} names this
	 * planning of it (the routine may be planned on other days too).
	 */
	public record PlannedRoutine(WeekPlanItem.Slot slot, Routine routine, List<RoutineEntry> entries,
			SessionTime.Minutes minutes, Long itemId) {
	}

	/** A day of the week with what is planned on it, in order. */
	public record Day(DayOfWeek dayOfWeek, boolean runDay, String note, List<PlannedRoutine> routines) {

		public boolean isRest() {
			return !runDay && routines.isEmpty();
		}

		public List<PlannedRoutine> slot(String slot) {
			return routines.stream().filter(routine -> routine.slot().name().equals(slot)).toList();
		}

	}

	/** A routine of the week, its exercises, and the days it is planned on (Monday first). */
	public record GridGroup(Routine routine, List<RoutineEntry> entries, List<Boolean> days) {
	}

	/** A whole week. */
	public record Week(WeekPlan plan, List<Day> days, List<GridGroup> grid) {

		/** Rows of the printed grid above which rows are made shorter, so the week still fits one sheet. */
		static final int ROOMY_ROWS = 14;

		public int gridRows() {
			return grid.stream().mapToInt(group -> 1 + group.entries().size()).sum();
		}

		public boolean isDense() {
			return gridRows() > ROOMY_ROWS;
		}

	}

	public Week recommended() {
		return week(weeks.findTemplate(WeekPlan.RECOMMENDED)
			.orElseThrow(() -> new NotFoundException("week " + WeekPlan.RECOMMENDED)));
	}

	/** The runner's own week if they have made one, otherwise the recommended week (also for no account). */
	public Week weekFor(Long accountId) {
		return own(accountId).orElseGet(this::recommended);
	}

	/** Whether the runner has made a week of their own (without building it). */
	public boolean hasOwn(long accountId) {
		return weeks.existsByOwnerId(accountId);
	}

	/**
	 * The days of the runner's week (their own, else the recommended one) with a strength routine planned, for the
	 * pages that only count them: read with one query instead of building the whole week.
	 */
	public Set<DayOfWeek> strengthDays(Long accountId) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		weeks.daysPlanning(accountId, WeekPlan.RECOMMENDED, RoutineKind.STRENGTH)
			.forEach(day -> days.add(DayOfWeek.of(day)));
		return days;
	}

	/** An exercise planned in a routine of the week. */
	public record PlannedEntry(Long routineId, RoutineEntry entry) {
	}

	/** Every planned exercise of the week, as its grid lists them (routine by routine, each in order). */
	public static List<PlannedEntry> entries(Week week) {
		return week.grid().stream()
			.flatMap(group -> group.entries().stream().map(entry -> new PlannedEntry(group.routine().getId(), entry)))
			.toList();
	}

	/**
	 * The entries of the runner's own week that plan one of these exercises, in the order of the week's grid
	 * ({@link #entries(Week)}): read with one query, without building the week.
	 */
	public List<PlannedEntry> ownEntries(long accountId, Collection<Long> exerciseIds) {
		if (exerciseIds.isEmpty()) {
			return List.of();
		}
		// A routine's place in the grid is where it is first planned: the earliest day, then its place on the day.
		Map<Long, Integer> firstPlanned = new HashMap<>();
		Map<Long, RoutineEntry> entries = new LinkedHashMap<>();
		Map<Long, Long> routines = new HashMap<>();
		for (Object[] row : weeks.findEntriesPlanned(accountId)) {
			Long routine = (Long) row[0];
			RoutineEntry entry = (RoutineEntry) row[1];
			if (!exerciseIds.contains(entry.getExercise().getId())) {
				continue;
			}
			firstPlanned.merge(routine, ((Number) row[2]).intValue() * 100_000 + ((Number) row[3]).intValue(), Math::min);
			entries.putIfAbsent(entry.getId(), entry);
			routines.put(entry.getId(), routine);
		}
		return entries.values().stream()
			.sorted(Comparator.<RoutineEntry>comparingInt(entry -> firstPlanned.get(routines.get(entry.getId())))
				.thenComparing(entry -> routines.get(entry.getId()))
				.thenComparingInt(RoutineEntry::getPosition))
			.map(entry -> new PlannedEntry(routines.get(entry.getId()), entry))
			.toList();
	}

	/** The runner's own week, if they have made one. */
	public Optional<Week> own(Long accountId) {
		return accountId == null ? Optional.empty() : weeks.findByOwnerId(accountId).map(WeekService::week);
	}

	/**
	 * Days come with the plan (a fetch join); their items, routines, entries and exercises are loaded a
	 * level at a time in batches (default_batch_fetch_size), so a week takes a handful of queries.
	 */
	static Week week(WeekPlan plan) {
		Map<DayOfWeek, WeekPlanDay> planned = new LinkedHashMap<>();
		plan.getDays().forEach(day -> planned.put(day.getDayOfWeek(), day));
		List<Day> days = new ArrayList<>();
		Map<Long, boolean[]> routineDays = new LinkedHashMap<>();
		Map<Long, PlannedRoutine> routinesById = new LinkedHashMap<>();
		for (DayOfWeek dayOfWeek : DayOfWeek.values()) {
			WeekPlanDay day = planned.get(dayOfWeek);
			if (day == null) {
				days.add(new Day(dayOfWeek, false, null, List.of()));
				continue;
			}
			List<PlannedRoutine> routines = day.getItems().stream().map(WeekService::planned).toList();
			for (PlannedRoutine routine : routines) {
				routinesById.putIfAbsent(routine.routine().getId(), routine);
				routineDays.computeIfAbsent(routine.routine().getId(), id -> new boolean[7])[dayOfWeek.getValue()
						- 1] = true;
			}
			days.add(new Day(dayOfWeek, day.isRunDay(), day.getNote(), routines));
		}
		List<GridGroup> grid = new ArrayList<>();
		routinesById.forEach((id, routine) -> {
			List<Boolean> on = new ArrayList<>();
			for (boolean onDay : routineDays.get(id)) {
				on.add(onDay);
			}
			grid.add(new GridGroup(routine.routine(), routine.entries(), on));
		});
		return new Week(plan, days, grid);
	}

	private static PlannedRoutine planned(WeekPlanItem item) {
		Routine routine = item.getRoutine();
		Hibernate.initialize(routine);
		List<RoutineEntry> entries = routine.getUnphasedEntries();
		entries.forEach(entry -> Hibernate.initialize(entry.getExercise()));
		return new PlannedRoutine(item.getSlot(), routine, entries, RoutineService.minutes(entries), item.getId());
	}

}
