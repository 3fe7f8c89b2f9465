package dev.hipflex.progression;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import dev.hipflex.guide.ProgressionRule.Outcome;

/**
 * The next-step rules as one plain function of what was logged for one exercise: no database, no clock of its own
 * (today comes in), so that each rule and each limit is tested on its own ({@code NextStepRulesTest}). The limits
 * are content ({@link Thresholds}); the order the rules are checked in is here:
 * <ol>
 * <li>a red flag answered "yes", or a clinician managing the plan: nothing but that message;</li>
 * <li>step back: pain during the latest session above its limit, or next-morning pain above the usual level
 * after the last sessions in a row that have one (blank mornings skipped, as the journal's pain check does);</li>
 * <li>hold: pain during above the progress limit, effort above its limit, or next-morning pain above the usual
 * level after the latest session;</li>
 * <li>progress, when the top of the dose was reached in the last sessions in a row with effort, pain during and
 * next-morning pain within their limits; unless a pain warning is open, an injury pause ended recently, the
 * runner has had a bone stress injury, or the exercise was changed within the last days (those say why
 * not).</li>
 * </ol>
 * Anything else gets no suggestion: keep training at the planned dose.
 */
public final class NextStepRules {

	private NextStepRules() {
	}

	/** What a suggestion asks of the runner's week. */
	public enum Action {

		ADD_SET, HARDER_VARIANT, MORE_LOAD, KEEP, EASIER_VARIANT, FEWER_SETS, NONE

	}

	/**
	 * One logged session with this exercise: its effort and pain, and whether every planned set was done at the
	 * top of the dose range.
	 */
	public record Logged(long sessionId, LocalDate date, int effort, int painDuring, Integer painNextMorning,
			boolean topReached) {
	}

	/** What the runner's week plans for the exercise, and which variants the library links. */
	public record Plan(int sets, boolean harderVariant, boolean easierVariant) {
	}

	/**
	 * What stops suggestions: the start screen's answers, the journal's open pain warning, and the days since the
	 * last injury pause ended (empty: none).
	 */
	public record Gates(boolean redFlag, boolean clinicianManages, boolean boneStressInjury, boolean painWarningOpen,
			OptionalInt daysSinceInjuryPause) {

		static final Gates NONE = new Gates(false, false, false, false, OptionalInt.empty());

	}

	/** The sessions with this exercise are newest first; {@code lastChange} is null when none was applied. */
	public record Input(Plan plan, List<Logged> sessions, int usualPain, Gates gates, LocalDate lastChange, LocalDate today) {

		public Input {
			sessions = List.copyOf(sessions);
		}

	}

	/**
	 * A suggestion: its outcome, the rule that made it (a {@code progression_rule} slug), what it asks, the logged
	 * sessions that triggered it, and whether it can be applied to the week now.
	 */
	public record Suggestion(Outcome outcome, String rule, Action action, List<Logged> because, boolean applicable,
			LocalDate lastChange) {

		public Suggestion {
			because = List.copyOf(because);
		}

	}

	static Optional<Suggestion> suggest(Input input, Thresholds limits) {
		List<Logged> sessions = input.sessions();
		if (sessions.isEmpty()) {
			return Optional.empty();
		}
		Gates gates = input.gates();
		if (gates.redFlag()) {
			return Optional.of(none(Thresholds.RED_FLAG, List.of(), null));
		}
		if (gates.clinicianManages()) {
			return Optional.of(none(Thresholds.CLINICIAN, List.of(), null));
		}
		boolean changedRecently = input.lastChange() != null
				&& ChronoUnit.DAYS.between(input.lastChange(), input.today()) < limits.daysBetweenChanges();
		Logged latest = sessions.get(0);
		if (latest.painDuring() > limits.stepBackPainDuring()) {
			return Optional.of(stepBack(Thresholds.STEP_BACK_PAIN, List.of(latest), input, changedRecently));
		}
		List<Logged> mornings = sessions.stream().filter(logged -> logged.painNextMorning() != null)
			.limit(limits.stepBackMornings()).toList();
		if (mornings.size() == limits.stepBackMornings()
				&& mornings.stream().allMatch(logged -> logged.painNextMorning() > input.usualPain())) {
			return Optional.of(stepBack(Thresholds.STEP_BACK_MORNINGS, mornings, input, changedRecently));
		}
		if (latest.painDuring() > limits.painDuringMax() || latest.effort() > limits.effortMax()
				|| latest.painNextMorning() != null && latest.painNextMorning() > input.usualPain()) {
			return Optional.of(new Suggestion(Outcome.HOLD, Thresholds.HOLD, Action.KEEP, List.of(latest), false, null));
		}
		if (sessions.size() < limits.topInARow()) {
			return Optional.empty();
		}
		List<Logged> recent = sessions.subList(0, limits.topInARow());
		boolean ready = recent.stream().allMatch(logged -> logged.topReached() && logged.effort() <= limits.effortMax()
				&& logged.painDuring() <= limits.painDuringMax() && logged.painNextMorning() != null
				&& logged.painNextMorning() <= input.usualPain());
		if (!ready) {
			return Optional.empty();
		}
		if (gates.painWarningOpen()) {
			return Optional.of(none(Thresholds.PAIN_WARNING, recent, null));
		}
		if (gates.daysSinceInjuryPause().isPresent()
				&& gates.daysSinceInjuryPause().getAsInt() <= limits.daysAfterInjuryPause()) {
			return Optional.of(none(Thresholds.PAUSE, recent, null));
		}
		if (gates.boneStressInjury()) {
			return Optional.of(none(Thresholds.BONE_STRESS, recent, null));
		}
		if (changedRecently) {
			return Optional.of(none(Thresholds.ONCE_A_WEEK, recent, input.lastChange()));
		}
		Action action = input.plan().sets() < limits.setsCap() ? Action.ADD_SET
				: input.plan().harderVariant() ? Action.HARDER_VARIANT : Action.MORE_LOAD;
		// More load is not part of a planned dose: the runner notes it themselves, so there is nothing to apply.
		return Optional.of(new Suggestion(Outcome.PROGRESS, Thresholds.TOP_IN_A_ROW, action, recent,
				action != Action.MORE_LOAD, null));
	}

	private static Suggestion stepBack(String rule, List<Logged> because, Input input, boolean changedRecently) {
		Action action = input.plan().easierVariant() ? Action.EASIER_VARIANT
				: input.plan().sets() > 1 ? Action.FEWER_SETS : Action.KEEP;
		return new Suggestion(Outcome.STEP_BACK, rule, action, because, action != Action.KEEP && !changedRecently,
				changedRecently ? input.lastChange() : null);
	}

	private static Suggestion none(String rule, List<Logged> because, LocalDate lastChange) {
		return new Suggestion(Outcome.NO_PROGRESS, rule, Action.NONE, because, false, lastChange);
	}

}
