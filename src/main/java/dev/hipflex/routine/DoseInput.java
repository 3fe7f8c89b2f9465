package dev.hipflex.routine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.hipflex.exercise.Dose;

/**
 * A dose as the dose form sends it, every field as typed, and what is wrong with it. The limits keep a
 * plan sensible and printable (a typo such as 100 sets is caught); the database checks the same ones
 * (V7__personal_week.sql).
 */
public record DoseInput(String setsMin, String setsMax, String unit, String amountMin, String amountMax, boolean perSide) {

	static final int SETS_MAX = 10;

	static final int REPS_MAX = 100;

	static final int SECONDS_MAX = 3600;

	/** What is wrong with one field: a message key and its arguments. */
	public record Problem(String field, String messageKey, List<String> arguments) {

		public Object[] messageArguments() {
			return arguments.toArray();
		}

	}

	/** The form filled in with a dose as it is. */
	static DoseInput of(Dose dose) {
		return new DoseInput(Integer.toString(dose.getSetsMin()), Integer.toString(dose.getSetsMax()),
				dose.getUnit().name(), Integer.toString(dose.getAmountMin()), Integer.toString(dose.getAmountMax()),
				dose.isPerSide());
	}

	/** Every problem, in the order of the fields; none means {@link #dose()} can be called. */
	List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		Optional<Integer> low = number(setsMin, SETS_MAX);
		Optional<Integer> high = number(setsMax, SETS_MAX);
		String sets = Integer.toString(SETS_MAX);
		if (low.isEmpty()) {
			problems.add(new Problem("setsMin", "myweek.dose.error.setsMin", List.of(sets)));
		}
		if (high.isEmpty()) {
			problems.add(new Problem("setsMax", "myweek.dose.error.setsMax", List.of(sets)));
		}
		else if (low.isPresent() && high.get() < low.get()) {
			problems.add(new Problem("setsMax", "myweek.dose.error.setsOrder", List.of()));
		}
		Optional<Dose.Unit> parsedUnit = parsedUnit();
		if (parsedUnit.isEmpty()) {
			problems.add(new Problem("unit", "myweek.dose.error.unit", List.of()));
		}
		int limit = parsedUnit.map(DoseInput::limit).orElse(SECONDS_MAX);
		String key = parsedUnit.map(u -> u == Dose.Unit.REPS ? "reps" : "seconds").orElse("seconds");
		Optional<Integer> least = number(amountMin, limit);
		Optional<Integer> most = number(amountMax, limit);
		if (least.isEmpty()) {
			problems.add(new Problem("amountMin", "myweek.dose.error.amountMin." + key, List.of(Integer.toString(limit))));
		}
		if (most.isEmpty()) {
			problems.add(new Problem("amountMax", "myweek.dose.error.amountMax." + key, List.of(Integer.toString(limit))));
		}
		else if (least.isPresent() && most.get() < least.get()) {
			problems.add(new Problem("amountMax", "myweek.dose.error.amountOrder." + key, List.of()));
		}
		return problems;
	}

	/** The dose; only for input without problems. */
	Dose dose() {
		if (!problems().isEmpty()) {
			throw new IllegalStateException("a dose with problems");
		}
		return Dose.of(parsedUnit().orElseThrow(), Integer.parseInt(setsMin.strip()), Integer.parseInt(setsMax.strip()),
				Integer.parseInt(amountMin.strip()), Integer.parseInt(amountMax.strip()), perSide);
	}

	Optional<Dose.Unit> parsedUnit() {
		for (Dose.Unit candidate : Dose.Unit.values()) {
			if (unit != null && candidate.name().equals(unit.strip().toUpperCase(Locale.ROOT))) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	static int limit(Dose.Unit unit) {
		return unit == Dose.Unit.REPS ? REPS_MAX : SECONDS_MAX;
	}

	/**
	 * A whole number from 1 to {@code max}, typed with digits only (no sign, decimals or exponent), or
	 * empty. Long strings of digits are too big however they would parse.
	 */
	static Optional<Integer> number(String text, int max) {
		if (text == null) {
			return Optional.empty();
		}
		String digits = text.strip();
		if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return Optional.empty();
		}
		int value = Integer.parseInt(digits);
		return value >= 1 && value <= max ? Optional.of(value) : Optional.empty();
	}

}
