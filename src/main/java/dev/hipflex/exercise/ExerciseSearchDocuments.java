package dev.hipflex.exercise;

import java.util.List;

import dev.hipflex.search.SearchDocument;
import dev.hipflex.search.SearchDocumentProvider;

import org.springframework.stereotype.Component;

/** Offers the exercises to the header search. */
@Component
class ExerciseSearchDocuments implements SearchDocumentProvider {

	private final ExerciseService exercises;

	ExerciseSearchDocuments(ExerciseService exercises) {
		this.exercises = exercises;
	}

	@Override
	public List<SearchDocument> searchDocuments() {
		return exercises.all().stream()
			.map(exercise -> new SearchDocument("exercise", exercise.getName(), ExerciseUrls.exercise(exercise.getSlug()),
					String.join("\n", exercise.getSummary(), exercise.getSteps(), exercise.getCues(),
							String.join(" ", exercise.getPrimaryMuscles().stream().map(m -> m.getName()).toList()),
							String.join(" ", exercise.getEquipment().stream().map(Equipment::getName).toList()))))
			.toList();
	}

}
