package dev.hipflex.routine;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.hipflex.account.RunnerPages;
import dev.hipflex.account.RunnerZone;
import dev.hipflex.exercise.Dose;
import dev.hipflex.exercise.Exercise;
import dev.hipflex.exercise.ExerciseService;
import dev.hipflex.system.BadRequestException;
import dev.hipflex.system.ConflictException;
import dev.hipflex.system.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes made to a runner's week from outside their account, by someone they let in (a clinician's share link,
 * which names itself as the {@code author}), recorded in {@code plan_change} with what was before and after so
 * the runner sees them on their week and can undo each. The changes themselves are made by {@link RoutineEditor}
 * and {@link WeekEditor}, as the runner's own are. Every method locks the runner's week first, so changes and
 * undos sent at the same moment are made one after the other and each records the value it really replaced.
 */
@Service
@Transactional
public class PlanChanges {

	/** The newest changes the week page lists; older ones can no longer be undone from it. */
	static final int SHOWN_MAX = 50;

	public enum Kind {

		DOSE, EXERCISE, NOTE

	}

	/** A change as the runner's week page shows it, its time in the runner's time zone. */
	public record Change(long id, String author, ZonedDateTime at, Kind kind, String exerciseBefore,
			String exerciseAfter, Dose doseBefore, Dose doseAfter, DayOfWeek day, String noteBefore, String noteAfter) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final RunnerZone zones;

	private final WeekPlanRepository weeks;

	private final RoutineRepository routines;

	private final RoutineEditor routineEditor;

	private final WeekEditor weekEditor;

	private final ExerciseService exercises;

	private final RunnerPages pages;

	PlanChanges(JdbcTemplate jdbc, Clock clock, RunnerZone zones, WeekPlanRepository weeks,
			RoutineRepository routines, RoutineEditor routineEditor, WeekEditor weekEditor,
			ExerciseService exercises, RunnerPages pages) {
		this.pages = pages;
		this.jdbc = jdbc;
		this.clock = clock;
		this.zones = zones;
		this.weeks = weeks;
		this.routines = routines;
		this.routineEditor = routineEditor;
		this.weekEditor = weekEditor;
		this.exercises = exercises;
	}

	/** The exercises one may swap in: the whole library. */
	@Transactional(readOnly = true)
	public List<Exercise> library() {
		return exercises.summaries(exercise -> exercise);
	}

	/** The dose form of an exercise of the week, filled in with its dose as it is. */
	public static RoutineEditor.EntryForm form(RoutineEntry entry) {
		return new RoutineEditor.EntryForm(entry, DoseInput.of(entry.getDose()), List.of());
	}

	/** The same form showing what was typed and what is wrong with it. */
	public static RoutineEditor.EntryForm form(RoutineEntry entry, DoseInput input) {
		return new RoutineEditor.EntryForm(entry, input, input.problems());
	}

	/**
	 * Changes the dose of an exercise of the runner's week, as typed in the dose form. Returns the problems of the
	 * input, changing nothing, if it has any. A 404 for an exercise that is not in the runner's week.
	 */
	public List<DoseInput.Problem> changeDose(long accountId, String author, long routineId, long entryId,
			DoseInput input) {
		List<DoseInput.Problem> problems = input.problems();
		if (!problems.isEmpty()) {
			return problems;
		}
		RoutineEntry entry = entry(accountId, routineId, entryId);
		String before = text(entry.getDose());
		long exercise = entry.getExercise().getId();
		Dose dose = input.dose();
		RoutineEditor.Edited edited = routineEditor.changeDose(accountId, routineId, entryId, dose);
		record(accountId, author, Kind.DOSE, edited, exercise, exercise, before, text(dose));
		pages.changed(accountId);
		return List.of();
	}

	/**
	 * Puts another exercise of the library, with its usual dose, in this exercise's place.
	 * @throws BadRequestException for an exercise the library does not have
	 */
	public void swapExercise(long accountId, String author, long routineId, long entryId, Long exerciseId) {
		Exercise exercise = (exerciseId == null ? Optional.<Exercise>empty() : exercises.find(exerciseId))
			.orElseThrow(() -> new BadRequestException("adjust.exercise.unknown"));
		RoutineEntry entry = entry(accountId, routineId, entryId);
		String before = text(entry.getDose());
		long exerciseBefore = entry.getExercise().getId();
		RoutineEditor.Edited edited = routineEditor.replaceExercise(accountId, routineId, entryId, exercise);
		record(accountId, author, Kind.EXERCISE, edited, exerciseBefore, exercise.getId(), before,
				text(exercise.getDose()));
		pages.changed(accountId);
	}

	/** Sets a day's note (blank removes it); the caller has checked it ({@link WeekEditor#noteProblem}). */
	public void changeNote(long accountId, String author, DayOfWeek dayOfWeek, String note) {
		WeekPlanDay day = lockedDay(accountId, dayOfWeek);
		String before = day.getNote();
		weekEditor.changeDay(accountId, dayOfWeek, day.isRunDay(), note);
		String after = day.getNote();
		jdbc.update("""
				insert into plan_change (account_id, author, changed_at, kind, day_of_week, note_before, note_after)
				values (?, ?, ?, ?, ?, ?, ?)""", accountId, author, now(), Kind.NOTE.name(), dayOfWeek.getValue(),
				before, after);
		pages.changed(accountId);
	}

	/** The runner's changes not undone, newest first: all of them, for the export. */
	@Transactional(readOnly = true)
	public List<Change> of(long accountId) {
		return read(accountId, "");
	}

	/** The newest {@value #SHOWN_MAX} of the runner's changes not undone, as {@code /my/week} lists them. */
	@Transactional(readOnly = true)
	public List<Change> shown(long accountId) {
		return read(accountId, " fetch first " + SHOWN_MAX + " rows only");
	}

	private List<Change> read(long accountId, String limit) {
		ZoneId zone = zones.zoneOf(accountId);
		// The library's names read once, not one query per row.
		Map<Long, String> names = new HashMap<>();
		return jdbc.query("""
				select * from plan_change where account_id = ? and undone_at is null
				order by changed_at desc, id desc""" + limit, (rs, row) -> {
			if (names.isEmpty()) {
				exercises.summaries(exercise -> exercise).forEach(exercise -> names.put(exercise.getId(), exercise.getName()));
			}
			Kind kind = Kind.valueOf(rs.getString("kind"));
			int day = rs.getInt("day_of_week");
			return new Change(rs.getLong("id"), rs.getString("author"),
					rs.getObject("changed_at", LocalDateTime.class).toInstant(ZoneOffset.UTC).atZone(zone), kind,
					names.get(rs.getObject("exercise_before", Long.class)),
					names.get(rs.getObject("exercise_after", Long.class)), dose(rs.getString("dose_before")),
					dose(rs.getString("dose_after")), kind == Kind.NOTE ? DayOfWeek.of(day) : null,
					rs.getString("note_before"), rs.getString("note_after"));
		}, accountId);
	}

	/**
	 * Puts back what the change replaced. A 404 for a change that is not the runner's; a conflict, changing
	 * nothing, for one undone already or whose exercise or day no longer holds what the change left (the runner,
	 * or a later change, changed it since, or it is gone).
	 */
	public void undo(long accountId, long changeId) {
		weeks.lockByOwnerId(accountId);
		List<Map<String, Object>> rows = jdbc.queryForList(
				"select * from plan_change where id = ? and account_id = ?", changeId, accountId);
		if (rows.isEmpty()) {
			throw new NotFoundException("plan change " + changeId);
		}
		Map<String, Object> row = rows.get(0);
		if (row.get("undone_at") != null) {
			throw new ConflictException("adjust.undo.already");
		}
		Kind kind = Kind.valueOf((String) row.get("kind"));
		if (kind == Kind.NOTE) {
			DayOfWeek dayOfWeek = DayOfWeek.of(((Number) row.get("day_of_week")).intValue());
			WeekPlanDay day = weeks.findByOwnerId(accountId).flatMap(plan -> plan.day(dayOfWeek))
				.orElseThrow(() -> new ConflictException("adjust.undo.gone"));
			if (!Objects.equals(day.getNote(), row.get("note_after"))) {
				throw new ConflictException("adjust.undo.changedSince");
			}
			weekEditor.changeDay(accountId, dayOfWeek, day.isRunDay(), (String) row.get("note_before"));
		}
		else {
			long routineId = ((Number) row.get("routine_id")).longValue();
			long entryId = ((Number) row.get("entry_id")).longValue();
			RoutineEntry entry = current(accountId, routineId, entryId);
			if (!text(entry.getDose()).equals(row.get("dose_after"))
					|| !entry.getExercise().getId().equals(((Number) row.get("exercise_after")).longValue())) {
				throw new ConflictException("adjust.undo.changedSince");
			}
			if (kind == Kind.EXERCISE) {
				Exercise before = exercises.find(((Number) row.get("exercise_before")).longValue())
					.orElseThrow(() -> new ConflictException("adjust.undo.gone"));
				routineEditor.replaceExercise(accountId, routineId, entryId, before);
			}
			routineEditor.changeDose(accountId, routineId, entryId, dose((String) row.get("dose_before")));
		}
		jdbc.update("update plan_change set undone_at = ? where id = ?", now(), changeId);
	}

	/** The entry as it is now, for an undo: one gone since (removed, or the routine deleted) is a conflict. */
	private RoutineEntry current(long accountId, long routineId, long entryId) {
		try {
			return entry(accountId, routineId, entryId);
		}
		catch (NotFoundException gone) {
			throw new ConflictException("adjust.undo.gone");
		}
	}

	/** An exercise of a routine in the runner's week, with the week locked; a 404 if it is not one. */
	private RoutineEntry entry(long accountId, long routineId, long entryId) {
		weeks.lockByOwnerId(accountId).orElseThrow(() -> new NotFoundException("no week of " + accountId));
		routineEditor.checkEntry(accountId, routineId, entryId);
		return routines.findById(routineId)
			.flatMap(routine -> routine.getUnphasedEntries().stream().filter(entry -> entry.getId() == entryId).findFirst())
			.orElseThrow(() -> new NotFoundException("entry " + entryId));
	}

	private WeekPlanDay lockedDay(long accountId, DayOfWeek dayOfWeek) {
		weeks.lockByOwnerId(accountId).orElseThrow(() -> new NotFoundException("no week of " + accountId));
		return weeks.findByOwnerId(accountId).flatMap(plan -> plan.day(dayOfWeek)).orElseThrow();
	}

	private void record(long accountId, String author, Kind kind, RoutineEditor.Edited edited, long exerciseBefore,
			long exerciseAfter, String doseBefore, String doseAfter) {
		jdbc.update("""
				insert into plan_change (account_id, author, changed_at, kind, routine_id, entry_id, exercise_before,
				exercise_after, dose_before, dose_after) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", accountId, author,
				now(), kind.name(), edited.routine().getId(), edited.entryId(), exerciseBefore, exerciseAfter,
				doseBefore, doseAfter);
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	/** A dose as a value: "UNIT setsMin setsMax amountMin amountMax perSide". */
	static String text(Dose dose) {
		return String.join(" ", dose.getUnit().name(), Integer.toString(dose.getSetsMin()),
				Integer.toString(dose.getSetsMax()), Integer.toString(dose.getAmountMin()),
				Integer.toString(dose.getAmountMax()), Boolean.toString(dose.isPerSide()));
	}

	static Dose dose(String text) {
		if (text == null) {
			return null;
		}
		String[] parts = text.split(" ");
		return Dose.of(Dose.Unit.valueOf(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
				Integer.parseInt(parts[3]), Integer.parseInt(parts[4]), Boolean.parseBoolean(parts[5]));
	}

}
