package dev.hipflex.routine;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import dev.hipflex.exercise.Dose;
import dev.hipflex.exercise.Exercise;
import dev.hipflex.exercise.ExerciseService;
import dev.hipflex.exercise.ExerciseType;
import dev.hipflex.system.ConflictException;
import dev.hipflex.system.NotFoundException;
import org.hibernate.Hibernate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the exercises of a routine in a runner's week: adds, removes and reorders them and changes their
 * dose. A runner may change their own routines, and HipFlex's routines that are planned in their week:
 * those are copied first (copy-on-write), the copy takes the template's place on every day of the
 * runner's week, and the change is made to the copy. Templates never change.
 */
@Service
@Transactional
public class RoutineEditor {

	private final RoutineRepository routines;

	private final WeekPlanRepository weeks;

	private final RoutineEntryRepository entries;

	private final ExerciseService exercises;

	RoutineEditor(RoutineRepository routines, WeekPlanRepository weeks, RoutineEntryRepository entries,
			ExerciseService exercises) {
		this.routines = routines;
		this.weeks = weeks;
		this.entries = entries;
		this.exercises = exercises;
	}

	/** An exercise of the routine with what its dose form shows: the dose, or what was typed and its problems. */
	public record EntryForm(RoutineEntry entry, DoseInput input, List<DoseInput.Problem> problems) {

		/** The problem of one field of the dose form, or null. */
		public DoseInput.Problem problem(String field) {
			return problems.stream().filter(problem -> problem.field().equals(field)).findFirst().orElse(null);
		}

		public boolean hasProblems() {
			return !problems.isEmpty();
		}

	}

	/** Exercises of one type, for the list to add from. */
	public record ExerciseGroup(ExerciseType type, List<Exercise> exercises) {
	}

	/**
	 * The page for customising a routine: its exercises, how long it takes, the days of the runner's week
	 * it is planned on and the exercises that can be added.
	 */
	public record Customising(Routine routine, List<EntryForm> entries, SessionTime.Minutes minutes,
			List<DayOfWeek> days, List<ExerciseGroup> exercises) {

		/** The same page showing what was typed in one exercise's dose form and what is wrong with it. */
		public Customising withDose(Long entryId, DoseInput input, List<DoseInput.Problem> problems) {
			return new Customising(routine, entries.stream()
				.map(form -> form.entry().getId().equals(entryId) ? new EntryForm(form.entry(), input, problems) : form)
				.toList(), minutes, days, exercises);
		}

		/** The exercise whose dose form has problems, if any. */
		public EntryForm withProblems() {
			return entries.stream().filter(EntryForm::hasProblems).findFirst().orElse(null);
		}

	}

	/**
	 * What a change did: the routine now in the runner's week (their copy, if {@code copied}) and the
	 * exercise changed in it, which is gone after a removal.
	 */
	public record Edited(Routine routine, boolean copied, Long entryId, String exerciseName) {
	}

	@Transactional(readOnly = true)
	public Customising customising(Long accountId, Long routineId) {
		Editable editable = editable(accountId, routineId);
		Routine routine = editable.routine();
		Hibernate.initialize(routine.getBasedOn());
		List<RoutineEntry> entries = routine.getUnphasedEntries();
		entries.forEach(entry -> Hibernate.initialize(entry.getExercise()));
		Map<ExerciseType, List<Exercise>> byType = new LinkedHashMap<>();
		for (ExerciseType type : ExerciseType.values()) {
			byType.put(type, new ArrayList<>());
		}
		exercises.summaries(exercise -> exercise).forEach(exercise -> byType.get(exercise.getType()).add(exercise));
		return new Customising(routine,
				entries.stream().map(entry -> new EntryForm(entry, DoseInput.of(entry.getDose()), List.of())).toList(),
				RoutineService.minutes(entries), editable.days(),
				byType.entrySet().stream().filter(group -> !group.getValue().isEmpty())
					.map(group -> new ExerciseGroup(group.getKey(), group.getValue())).toList());
	}

	/**
	 * Adds an exercise at the end with its usual dose; empty, changing nothing, for an unknown exercise.
	 * @throws RoutineFullException if the routine has {@link Routine#ENTRIES_MAX} exercises already
	 */
	public Optional<Edited> addExercise(Long accountId, Long routineId, Long exerciseId) {
		Editable editable = editableToChange(accountId, routineId);
		Optional<Exercise> exercise = exerciseId == null ? Optional.empty() : exercises.find(exerciseId);
		if (exercise.isEmpty()) {
			return Optional.empty();
		}
		if (editable.routine().getUnphasedEntries().size() >= Routine.ENTRIES_MAX) {
			throw new RoutineFullException();
		}
		Routine routine = writable(accountId, editable);
		RoutineEntry entry = entries.save(routine.addEntry(exercise.get(), RoutineEntry.copyOf(exercise.get().getDose())));
		return Optional.of(new Edited(routine, routine != editable.routine(), entry.getId(), exercise.get().getName()));
	}

	public Edited move(Long accountId, Long routineId, Long entryId, Positioned.Direction direction) {
		return change(accountId, routineId, entryId, (routine, entry) -> {
			Positioned.move(routine.getEntries(), entry, direction, other -> true);
			return entry.getId();
		});
	}

	public Edited remove(Long accountId, Long routineId, Long entryId) {
		return change(accountId, routineId, entryId, (routine, entry) -> {
			routine.removeEntry(entry);
			return null;
		});
	}

	/** Changes a dose; the caller has checked it ({@link DoseInput#problems()}). */
	public Edited changeDose(Long accountId, Long routineId, Long entryId, Dose dose) {
		return change(accountId, routineId, entryId, (routine, entry) -> {
			entry.setDose(dose);
			return entry.getId();
		});
	}

	/** Puts another exercise, with its own usual dose, in this exercise's place, in the same position. */
	public Edited replaceExercise(Long accountId, Long routineId, Long entryId, Exercise exercise) {
		return change(accountId, routineId, entryId, (routine, entry) -> {
			entry.replace(exercise, RoutineEntry.copyOf(exercise.getDose()));
			return entry.getId();
		});
	}

	/** Checks that the runner may see and change this exercise of this routine; a 404 if not. */
	@Transactional(readOnly = true)
	public void checkEntry(Long accountId, Long routineId, Long entryId) {
		entryIndex(editable(accountId, routineId).routine(), entryId);
	}

	/**
	 * Finds the exercise in the routine the runner may change and makes the change to it, or to the same
	 * exercise (by its place in the routine) of the runner's copy.
	 */
	private Edited change(Long accountId, Long routineId, Long entryId,
			BiFunction<Routine, RoutineEntry, Long> change) {
		Editable editable = editableToChange(accountId, routineId);
		int index = entryIndex(editable.routine(), entryId);
		Routine routine = writable(accountId, editable);
		RoutineEntry entry = routine.getUnphasedEntries().get(index);
		String name = entry.getExercise().getName();
		Long changed = change.apply(routine, entry);
		return new Edited(routine, routine != editable.routine(), changed, name);
	}

	private static int entryIndex(Routine routine, Long entryId) {
		List<RoutineEntry> entries = routine.getUnphasedEntries();
		for (int i = 0; i < entries.size(); i++) {
			if (entries.get(i).getId().equals(entryId)) {
				return i;
			}
		}
		throw new NotFoundException("entry " + entryId);
	}

	/** A routine the runner may change, and the days of their week it is planned on. */
	private record Editable(Routine routine, List<DayOfWeek> days, WeekPlan plan) {
	}

	/** The runner's own routine, or one of HipFlex's that is planned in their week; a 404 otherwise. */
	private Editable editable(Long accountId, Long routineId) {
		Routine routine = routines.findById(routineId)
			.orElseThrow(() -> new NotFoundException("routine " + routineId));
		if (routine.isOwned() && !routine.getOwnerId().equals(accountId)) {
			throw new NotFoundException("routine " + routineId);
		}
		WeekPlan plan = weeks.findByOwnerId(accountId).orElse(null);
		List<DayOfWeek> days = plan == null ? List.of()
				: plan.getDays().stream()
					.filter(day -> day.getItems().stream().anyMatch(item -> item.getRoutine().getId().equals(routineId)))
					.map(WeekPlanDay::getDayOfWeek).toList();
		if (!routine.isOwned() && days.isEmpty()) {
			throw new NotFoundException("routine " + routineId + " is not in the week of " + accountId);
		}
		return new Editable(routine, days, plan);
	}

	/**
	 * {@link #editable}, for a change: the runner's week is locked first, because two changes to a template at
	 * once would each copy it and plan their copy, leaving one unused. The later one finds the template
	 * replaced by the earlier one's copy and is refused with a 409, rather than being made to the copy, where
	 * the same entry number may now be another exercise.
	 */
	private Editable editableToChange(Long accountId, Long routineId) {
		weeks.lockByOwnerId(accountId).ifPresent(plan -> {
			List<WeekPlanItem> items = plan.items();
			if (items.stream().noneMatch(item -> item.getRoutine().getId().equals(routineId))) {
				items.stream()
					.map(WeekPlanItem::getRoutine)
					.filter(routine -> routine.getBasedOn() != null && routine.getBasedOn().getId().equals(routineId))
					.findFirst()
					.ifPresent(copy -> {
						throw new ConflictException("myroutine.copied", copy.getName());
					});
			}
		});
		return editable(accountId, routineId);
	}

	/** The routine itself if it is the runner's; otherwise their new copy, planned wherever the template was. */
	private Routine writable(Long accountId, Editable editable) {
		Routine routine = editable.routine();
		if (routine.isOwned()) {
			return routine;
		}
		Routine copy = routines.save(Routine.copyFor(accountId, routine));
		editable.plan().items().stream()
			.filter(item -> item.getRoutine().getId().equals(routine.getId()))
			.forEach(item -> item.setRoutine(copy));
		return copy;
	}

}
