package dev.hipflex.exercise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.hipflex.system.PublicPage;

import org.springframework.stereotype.Component;

/** The library and every exercise's page for the sitemap; the library changes with its latest exercise. */
@Component
class ExercisePublicPages implements PublicPage.Provider {

	private final ExerciseRepository exercises;

	ExercisePublicPages(ExerciseRepository exercises) {
		this.exercises = exercises;
	}

	@Override
	public List<PublicPage> publicPages() {
		List<PublicPage> found = new ArrayList<>();
		for (Exercise exercise : exercises.findAllByOrderByPosition()) {
			found.add(new PublicPage(ExerciseUrls.exercise(exercise.getSlug()), exercise.getUpdatedOn()));
		}
		found.add(0, new PublicPage(ExerciseUrls.LIBRARY,
				found.stream().map(PublicPage::updatedOn).max(Comparator.naturalOrder()).orElse(null)));
		return found;
	}

}
