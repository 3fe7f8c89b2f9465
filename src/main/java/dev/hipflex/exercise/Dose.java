package dev.hipflex.exercise;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How much of an exercise to do: sets of repetitions, of holds (seconds) or of timed work (seconds),
 * each a range (equal ends for an exact number), on each side or not. The same shape on an exercise (its
 * usual dose), on a routine's entry and on a runner's own plan.
 */
@Embeddable
public class Dose {

	/** What a set is made of. */
	public enum Unit {

		REPS, HOLD, TIME

	}

	@Column(name = "sets_min")
	private int setsMin;

	@Column(name = "sets_max")
	private int setsMax;

	@Column(name = "reps_min")
	private Integer repsMin;

	@Column(name = "reps_max")
	private Integer repsMax;

	@Column(name = "hold_seconds_min")
	private Integer holdSecondsMin;

	@Column(name = "hold_seconds_max")
	private Integer holdSecondsMax;

	@Column(name = "time_seconds_min")
	private Integer timeSecondsMin;

	@Column(name = "time_seconds_max")
	private Integer timeSecondsMax;

	@Column(name = "per_side")
	private boolean perSide;

	protected Dose() {
	}

	public static Dose of(Unit unit, int setsMin, int setsMax, int amountMin, int amountMax, boolean perSide) {
		Dose dose = new Dose();
		dose.setsMin = setsMin;
		dose.setsMax = setsMax;
		switch (unit) {
			case REPS -> {
				dose.repsMin = amountMin;
				dose.repsMax = amountMax;
			}
			case HOLD -> {
				dose.holdSecondsMin = amountMin;
				dose.holdSecondsMax = amountMax;
			}
			case TIME -> {
				dose.timeSecondsMin = amountMin;
				dose.timeSecondsMax = amountMax;
			}
		}
		dose.perSide = perSide;
		return dose;
	}

	public Unit getUnit() {
		if (repsMin != null) {
			return Unit.REPS;
		}
		return holdSecondsMin != null ? Unit.HOLD : Unit.TIME;
	}

	public int getSetsMin() {
		return setsMin;
	}

	public int getSetsMax() {
		return setsMax;
	}

	public int getAmountMin() {
		return switch (getUnit()) {
			case REPS -> repsMin;
			case HOLD -> holdSecondsMin;
			case TIME -> timeSecondsMin;
		};
	}

	public int getAmountMax() {
		return switch (getUnit()) {
			case REPS -> repsMax;
			case HOLD -> holdSecondsMax;
			case TIME -> timeSecondsMax;
		};
	}

	public boolean isPerSide() {
		return perSide;
	}

	/**
	 * The dose as a message: key {@code dose.UNIT[.minutes][.perSide]} with the sets and the amount as
	 * ranges ("2–3", "10–15"). Timed work of a minute or more is given in minutes.
	 */
	public Text text() {
		Unit unit = getUnit();
		boolean minutes = unit == Unit.TIME && getAmountMin() >= 60 && getAmountMin() % 60 == 0
				&& getAmountMax() % 60 == 0;
		int divisor = minutes ? 60 : 1;
		String key = "dose." + unit.name().toLowerCase(Locale.ROOT) + (minutes ? ".minutes" : "") + (perSide ? ".perSide" : "");
		return new Text(key, List.of(range(setsMin, setsMax), range(getAmountMin() / divisor, getAmountMax() / divisor)),
				setsMin == 1 && setsMax == 1);
	}

	static String range(int min, int max) {
		return min == max ? Integer.toString(min) : min + "–" + max;
	}

	/** A dose ready for a message source; {@code oneSet} picks the wording without "sets". */
	public record Text(String key, List<String> arguments, boolean oneSet) {

		public String messageKey() {
			return oneSet ? key.replaceFirst("^dose\\.", "dose.single.") : key;
		}

		public Object[] messageArguments() {
			return arguments.toArray();
		}

	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Dose dose && setsMin == dose.setsMin && setsMax == dose.setsMax
				&& perSide == dose.perSide && Objects.equals(repsMin, dose.repsMin)
				&& Objects.equals(repsMax, dose.repsMax) && Objects.equals(holdSecondsMin, dose.holdSecondsMin)
				&& Objects.equals(holdSecondsMax, dose.holdSecondsMax)
				&& Objects.equals(timeSecondsMin, dose.timeSecondsMin)
				&& Objects.equals(timeSecondsMax, dose.timeSecondsMax);
	}

	@Override
	public int hashCode() {
		return Objects.hash(setsMin, setsMax, repsMin, repsMax, holdSecondsMin, holdSecondsMax, timeSecondsMin,
				timeSecondsMax, perSide);
	}

}
