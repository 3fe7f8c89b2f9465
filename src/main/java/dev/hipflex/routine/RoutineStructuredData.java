package dev.hipflex.routine;

import java.util.ArrayList;
import java.util.List;

import dev.hipflex.exercise.ExerciseStructuredData;
import dev.hipflex.system.PageMetas;
import dev.hipflex.system.SchemaOrg;
import dev.hipflex.system.StructuredData;
import dev.hipflex.system.StructuredData.Crumb;

import org.springframework.stereotype.Component;

/** A routine's page as a schema.org {@code ExercisePlan}: when to do it, and its exercises with their doses. */
@Component
class RoutineStructuredData {

	private final StructuredData structured;

	private final PageMetas metas;

	private final ExerciseStructuredData exercises;

	RoutineStructuredData(StructuredData structured, PageMetas metas, ExerciseStructuredData exercises) {
		this.structured = structured;
		this.metas = metas;
		this.exercises = exercises;
	}

	String routine(RoutineService.RoutineView view) {
		Routine routine = view.routine();
		String path = RoutineUrls.routine(routine.getSlug());
		List<RoutineEntry> entries = new ArrayList<>(view.entries());
		view.phases().forEach(phase -> entries.addAll(phase.entries()));
		List<SchemaOrg.ExercisePlan> parts = entries.stream()
			.map(entry -> exercises.part(entry.getExercise(), entry.getDose()))
			.toList();
		SchemaOrg.ExercisePlan plan = new SchemaOrg.ExercisePlan(routine.getName(), routine.getSummary(),
				metas.url(path), metas.message("routineKind." + routine.getKind().name()),
				PageMetas.oneLine(routine.getWhenToDo()), null, null,
				routine.getUpdatedOn() == null ? null : routine.getUpdatedOn().toString(), parts);
		return structured.of(plan, List.of(metas.home(), new Crumb(metas.message("nav.routines"), RoutineUrls.ROUTINES),
				new Crumb(routine.getName(), path)));
	}

	/** The recommended week: breadcrumbs only (schema.org has no type for a week of routines). */
	String week(WeekService.Week week) {
		return structured.of(null, List.of(metas.home(), new Crumb(metas.message("nav.routines"), RoutineUrls.ROUTINES),
				new Crumb(week.plan().getName(), RoutineUrls.WEEK)));
	}

}
