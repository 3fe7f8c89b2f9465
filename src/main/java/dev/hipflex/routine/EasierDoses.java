package dev.hipflex.routine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hipflex.exercise.Dose;

/**
 * The doses suggested in the first week back after a break: for each exercise of the strength routines planned,
 * the bottom of the sets range and of the repetitions (or seconds) range; where the sets are one number above 1,
 * one set fewer. Advice shown beside the plan, never written into it.
 */
public final class EasierDoses {

	/** An exercise of a routine with its planned dose and the easier one. */
	public record Entry(String exercise, String slug, Dose planned, Dose easier) {

		public boolean isEasier() {
			return !planned.equals(easier);
		}

	}

	/** A strength routine with its exercises. */
	public record Routine(String name, List<Entry> entries) {
	}

	private EasierDoses() {
	}

	public static Dose easier(Dose dose) {
		int sets = dose.getSetsMin() < dose.getSetsMax() ? dose.getSetsMin() : Math.max(1, dose.getSetsMin() - 1);
		return Dose.of(dose.getUnit(), sets, sets, dose.getAmountMin(), dose.getAmountMin(), dose.isPerSide());
	}

	/** The strength routines among {@code planned}, each once, in the order first planned. */
	public static List<Routine> of(List<WeekService.PlannedRoutine> planned) {
		Map<Long, Routine> routines = new LinkedHashMap<>();
		for (WeekService.PlannedRoutine item : planned) {
			if (item.routine().getKind() != RoutineKind.STRENGTH || routines.containsKey(item.routine().getId())) {
				continue;
			}
			List<Entry> entries = new ArrayList<>();
			for (RoutineEntry entry : item.entries()) {
				entries.add(new Entry(entry.getExercise().getName(), entry.getExercise().getSlug(), entry.getDose(),
						easier(entry.getDose())));
			}
			routines.put(item.routine().getId(), new Routine(item.routine().getName(), entries));
		}
		return List.copyOf(routines.values());
	}

	/** The strength routines of the whole week. */
	public static List<Routine> of(WeekService.Week week) {
		return of(week.days().stream().flatMap(day -> day.routines().stream()).toList());
	}

}
