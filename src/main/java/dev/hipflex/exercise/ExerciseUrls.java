package dev.hipflex.exercise;

/** The exercise library's addresses. */
public final class ExerciseUrls {

	public static final String LIBRARY = "/exercises";

	private ExerciseUrls() {
	}

	public static String exercise(String slug) {
		return LIBRARY + "/" + slug;
	}

	public static String illustration(String slug) {
		return "/images/exercises/" + slug + ".svg";
	}

	/** The illustration as a PNG, for link previews. */
	public static String preview(String slug) {
		return "/images/exercises/" + slug + ".png";
	}

}
