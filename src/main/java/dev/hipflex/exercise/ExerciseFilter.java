package dev.hipflex.exercise;

import java.util.Collection;
import java.util.List;

import dev.hipflex.system.BadRequestException;

/**
 * The library's filter as typed into the address: a type, a muscle and an equipment slug (each optional),
 * a page number and a page size. Parsing refuses what it does not know with a message saying what was
 * wrong, so a mistyped link gets a 400 page rather than an empty list or an error.
 */
public record ExerciseFilter(ExerciseType type, String muscle, String equipment, int page, int size) {

	public static final List<Integer> PAGE_SIZES = List.of(10, 20, 50);

	public static final int DEFAULT_SIZE = 20;

	static final int MAX_PARAMETER_LENGTH = 80;

	public static ExerciseFilter parse(String type, String muscle, String equipment, String page, String size,
			Collection<String> knownMuscles, Collection<String> knownEquipment) {
		ExerciseType parsedType = null;
		if (present(type)) {
			parsedType = ExerciseType.fromSlug(type.strip())
				.orElseThrow(() -> new BadRequestException("exercises.filter.badType", shorten(type)));
		}
		if (present(muscle) && !knownMuscles.contains(muscle.strip())) {
			throw new BadRequestException("exercises.filter.badMuscle", shorten(muscle));
		}
		if (present(equipment) && !knownEquipment.contains(equipment.strip())) {
			throw new BadRequestException("exercises.filter.badEquipment", shorten(equipment));
		}
		int parsedPage = present(page) ? number(page, "exercises.filter.badPage") : 1;
		if (parsedPage < 1) {
			throw new BadRequestException("exercises.filter.badPage", shorten(page));
		}
		int parsedSize = present(size) ? number(size, "exercises.filter.badSize") : DEFAULT_SIZE;
		if (!PAGE_SIZES.contains(parsedSize)) {
			throw new BadRequestException("exercises.filter.badSize", shorten(size));
		}
		return new ExerciseFilter(parsedType, present(muscle) ? muscle.strip() : null,
				present(equipment) ? equipment.strip() : null, parsedPage, parsedSize);
	}

	public boolean isFiltered() {
		return type != null || muscle != null || equipment != null;
	}

	/** The type as it is written in the address, or null. */
	public String typeSlug() {
		return type == null ? null : type.slug();
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static int number(String value, String messageKey) {
		String digits = value.strip();
		if (!digits.matches("[0-9]{1,6}")) {
			throw new BadRequestException(messageKey, shorten(value));
		}
		return Integer.parseInt(digits);
	}

	private static String shorten(String value) {
		return value.length() > MAX_PARAMETER_LENGTH ? value.substring(0, MAX_PARAMETER_LENGTH) + "…" : value;
	}

}
