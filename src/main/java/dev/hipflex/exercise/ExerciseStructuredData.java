package dev.hipflex.exercise;

import java.util.List;

import dev.hipflex.system.PageMetas;
import dev.hipflex.system.SchemaOrg;
import dev.hipflex.system.StructuredData;
import dev.hipflex.system.StructuredData.Crumb;

import org.springframework.stereotype.Component;

/** An exercise's page as a schema.org {@code ExercisePlan}: its type, how often, and its usual dose. */
@Component
public class ExerciseStructuredData {

	private final StructuredData structured;

	private final PageMetas metas;

	ExerciseStructuredData(StructuredData structured, PageMetas metas) {
		this.structured = structured;
		this.metas = metas;
	}

	String exercise(Exercise exercise) {
		String path = ExerciseUrls.exercise(exercise.getSlug());
		SchemaOrg.ExercisePlan plan = plan(exercise, exercise.getDose(), exercise.getSummary(),
				PageMetas.oneLine(exercise.getFrequency()), exercise.getUpdatedOn().toString());
		return structured.of(plan, List.of(metas.home(), new Crumb(metas.message("nav.exercises"), ExerciseUrls.LIBRARY),
				new Crumb(exercise.getName(), path)));
	}

	/**
	 * An exercise as part of a routine, with the routine's dose; how often is the routine's, so the exercise's own
	 * frequency is left out.
	 */
	public SchemaOrg.ExercisePlan part(Exercise exercise, Dose dose) {
		return plan(exercise, dose, null, null, null);
	}

	/**
	 * An exercise with a dose: repetitions for a dose of repetitions, the duration in seconds of each hold or
	 * timed set otherwise.
	 */
	private SchemaOrg.ExercisePlan plan(Exercise exercise, Dose dose, String description, String frequency,
			String dateModified) {
		SchemaOrg.QuantitativeValue amount = new SchemaOrg.QuantitativeValue(dose.getAmountMin(), dose.getAmountMax(),
				dose.getUnit() == Dose.Unit.REPS ? null : "SEC");
		boolean repetitions = dose.getUnit() == Dose.Unit.REPS;
		return new SchemaOrg.ExercisePlan(exercise.getName(), description,
				metas.url(ExerciseUrls.exercise(exercise.getSlug())),
				metas.message("exerciseType." + exercise.getType().name()), frequency,
				repetitions ? amount : null, repetitions ? null : amount, dateModified, List.of());
	}

}
