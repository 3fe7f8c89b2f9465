package dev.hipflex.guide;

import java.util.List;

/**
 * Offered by the exercise library so a muscle's page can list the exercises that train or stretch it
 * without the guide depending on the library.
 */
public interface MuscleTraining {

	/** Exercises for the muscle, those working it primarily first. */
	List<Link> exercisesFor(String muscleSlug);

	/** An exercise that works the muscle, and whether it is a primary target. */
	record Link(String name, String url, boolean primary) {
	}

}
