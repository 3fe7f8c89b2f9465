package dev.hipflex.routine;

import java.util.List;

import dev.hipflex.exercise.Dose;
import dev.hipflex.exercise.ExerciseType;

/**
 * Estimates how long a list of exercises takes: the work in each set (about four seconds a repetition,
 * or the hold or time, on each side where the dose is per side, with five seconds to change sides), rest
 * between sets (a minute for strength work, fifteen seconds otherwise) and half a minute to get set up for
 * each exercise. The low end uses the low end of every dose, the high
 * end the high end; both are rounded up to whole minutes.
 */
public final class SessionTime {

	static final int SECONDS_PER_REP = 4;

	static final int STRENGTH_REST_SECONDS = 60;

	static final int OTHER_REST_SECONDS = 15;

	static final int SETUP_SECONDS = 30;

	static final int CHANGE_SIDES_SECONDS = 5;

	/** A duration range in whole minutes. */
	public record Minutes(int min, int max) {

		public boolean isRange() {
			return min != max;
		}

		Minutes plus(Minutes other) {
			return new Minutes(min + other.min, max + other.max);
		}

	}

	/** One exercise of a session: its type (for the rest between sets) and its dose. */
	public record Work(ExerciseType type, Dose dose) {
	}

	private SessionTime() {
	}

	public static Minutes of(List<Work> session) {
		int low = 0;
		int high = 0;
		for (Work work : session) {
			low += seconds(work, work.dose().getSetsMin(), work.dose().getAmountMin());
			high += seconds(work, work.dose().getSetsMax(), work.dose().getAmountMax());
		}
		return new Minutes(minutes(low), minutes(high));
	}

	static int seconds(Work work, int sets, int amount) {
		Dose dose = work.dose();
		int perSide = dose.getUnit() == Dose.Unit.REPS ? amount * SECONDS_PER_REP : amount;
		int perSet = dose.isPerSide() ? 2 * perSide + CHANGE_SIDES_SECONDS : perSide;
		return SETUP_SECONDS + sets * perSet + (sets - 1) * restSeconds(work.type());
	}

	/** The rest between two sets of an exercise of this type (the guided session shows it too). */
	public static int restSeconds(ExerciseType type) {
		return type == ExerciseType.STRENGTH ? STRENGTH_REST_SECONDS : OTHER_REST_SECONDS;
	}

	private static int minutes(int seconds) {
		return (seconds + 59) / 60;
	}

}
