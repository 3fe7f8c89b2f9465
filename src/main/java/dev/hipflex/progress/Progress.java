package dev.hipflex.progress;

import java.time.LocalDate;
import java.util.List;

import dev.hipflex.journal.Pause;

import dev.hipflex.progress.ChartGeometry.BarChart;
import dev.hipflex.progress.ChartGeometry.LineChart;

/**
 * What the progress page shows. {@code empty} when the runner has not logged a session yet; the parts are
 * then null.
 */
public record Progress(boolean empty, Adherence adherence, Volume volume, Trends trends) {

	static Progress none() {
		return new Progress(true, null, null, null);
	}

	/**
	 * A week (named by its Monday): strength sessions planned (the week's strength days that were not paused) and
	 * done; {@code paused}: days of the week paused; {@code current} while it is going on.
	 */
	public record WeekSessions(LocalDate monday, long planned, long done, boolean current, long paused) {

		public boolean met() {
			return done >= planned;
		}

		/** Every planned day of the week was paused: the week neither breaks nor adds to the streak. */
		public boolean wholePlanPaused() {
			return planned == 0 && paused > 0;
		}

	}

	/**
	 * The weeks in a row, ending with the last complete week, that met the plan ({@code since}: the first of
	 * them), and how this week is going. {@code longer}: the streak goes back further than {@code weeks}, the
	 * most the page counts.
	 */
	public record Streak(long plan, int weeks, boolean longer, LocalDate since, long doneThisWeek,
			long plannedThisWeek) {

		public boolean hasPlan() {
			return plan > 0;
		}

		/** This week's plan: {@code plan} less the planned days paused this week. */
		public boolean thisWeekMet() {
			return doneThisWeek >= plannedThisWeek;
		}

	}

	/**
	 * Sessions per week against the plan ({@code plan} strength sessions a week in the runner's week, fewer in a week
	 * with paused days), and the pauses in those weeks.
	 */
	public record Adherence(long plan, List<WeekSessions> weeks, Streak streak, BarChart chart, List<Pause> pauses) {
	}

	/** What a week's volume of an exercise is counted in. */
	public enum Unit {

		/** Repetitions, for exercises done in repetitions. */
		REPS,
		/** Seconds held or worked, for holds and timed exercises. */
		SECONDS

	}

	/** An exercise the runner can see the volume of, with the number of sets logged in the period. */
	public record ExerciseChoice(String slug, String name, Unit unit, long sets) {
	}

	/** One week's total of an exercise: sets, and repetitions or seconds. */
	public record WeekVolume(LocalDate monday, boolean current, long sets, long amount) {
	}

	/** Weekly volume of one exercise; {@code exercise} is null when no sets were logged in the period. */
	public record Volume(List<ExerciseChoice> exercises, ExerciseChoice exercise, List<WeekVolume> weeks,
			BarChart chart) {

		public boolean hasExercise() {
			return exercise != null;
		}

	}

	/** Effort and pain of one session, 0 to 10; pain the next morning is null when it was not recorded. */
	public record SessionScores(LocalDate date, String routineName, int effort, int painDuring,
			Integer painNextMorning) {
	}

	/** Effort and pain over the last sessions, oldest first, against the pain-monitoring limit. */
	public record Trends(List<SessionScores> sessions, LineChart chart, int painLimit) {
	}

}
