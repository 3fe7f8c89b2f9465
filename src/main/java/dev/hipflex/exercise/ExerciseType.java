package dev.hipflex.exercise;

import java.util.Locale;
import java.util.Optional;

/** What an exercise is for. In URLs it is written in lower case with a hyphen ({@code warm-up}). */
public enum ExerciseType {

	STRENGTH, STRETCH, WARM_UP;

	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<ExerciseType> fromSlug(String slug) {
		for (ExerciseType type : values()) {
			if (type.slug().equals(slug)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
