package dev.hipflex.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import dev.hipflex.guide.ProgressionRule.Outcome;
import dev.hipflex.progression.NextStepRules.Action;
import dev.hipflex.progression.NextStepRules.Gates;
import dev.hipflex.progression.NextStepRules.Input;
import dev.hipflex.progression.NextStepRules.Logged;
import dev.hipflex.progression.NextStepRules.Plan;
import dev.hipflex.progression.NextStepRules.Suggestion;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the next step and each of its limits, on both sides: the limits are the seeded ones
 * (V29, checked against the database by {@code NextStepTest}).
 */
class NextStepRulesTest {

	static final Thresholds LIMITS = new Thresholds(2, 7, 2, 4, 7, 5, 2, 14);

	/** Any day: the rules only count days between dates they are given. */
	static final LocalDate TODAY = LocalDate.of(2031, 3, 14);

	static final Plan TWO_SETS = new Plan(2, true, true);

	/** A session at the top of the dose, effort 6, no pain, next morning at the usual level (0). */
	static Logged good(int daysAgo) {
		return new Logged(100 - daysAgo, TODAY.minusDays(daysAgo), 6, 0, 0, true);
	}

	static Logged logged(int daysAgo, int effort, int painDuring, Integer morning, boolean top) {
		return new Logged(100 - daysAgo, TODAY.minusDays(daysAgo), effort, painDuring, morning, top);
	}

	static Optional<Suggestion> suggest(Plan plan, List<Logged> sessions, Gates gates, LocalDate lastChange) {
		return NextStepRules.suggest(new Input(plan, sessions, 0, gates, lastChange, TODAY), LIMITS);
	}

	static Suggestion only(Plan plan, List<Logged> sessions) {
		return suggest(plan, sessions, Gates.NONE, null).orElseThrow();
	}

	@Test
	void progressAddsASetAfterTwoSessionsInARowAtTheTopWithinTheLimits() {
		Suggestion suggestion = only(TWO_SETS, List.of(good(2), good(5)));

		assertThat(suggestion.outcome()).isEqualTo(Outcome.PROGRESS);
		assertThat(suggestion.action()).isEqualTo(Action.ADD_SET);
		assertThat(suggestion.rule()).isEqualTo("progress-top-in-a-row");
		assertThat(suggestion.because()).extracting(Logged::date).containsExactly(TODAY.minusDays(2), TODAY.minusDays(5));
		assertThat(suggestion.applicable()).isTrue();
	}

	@Test
	void progressIsTheHarderVariantOnceTheSetsReachTheCapThenMoreLoad() {
		assertThat(only(new Plan(4, true, true), List.of(good(2), good(5))).action()).isEqualTo(Action.HARDER_VARIANT);
		Suggestion load = only(new Plan(4, false, true), List.of(good(2), good(5)));
		assertThat(load.action()).isEqualTo(Action.MORE_LOAD);
		assertThat(load.applicable()).as("load is not part of a planned dose").isFalse();
	}

	@Test
	void twoSessionsInARowAreNeededNotOne() {
		assertThat(suggest(TWO_SETS, List.of(good(2)), Gates.NONE, null)).isEmpty();
		assertThat(suggest(TWO_SETS, List.of(good(2), logged(5, 6, 0, 0, false)), Gates.NONE, null)).isEmpty();
		assertThat(suggest(TWO_SETS, List.of(good(2), good(5), logged(8, 6, 0, 0, false)), Gates.NONE, null))
			.map(Suggestion::outcome).contains(Outcome.PROGRESS);
	}

	@Test
	void effortSevenStillProgressesEffortEightHolds() {
		assertThat(only(TWO_SETS, List.of(logged(2, 7, 0, 0, true), logged(5, 7, 0, 0, true))).outcome())
			.isEqualTo(Outcome.PROGRESS);
		Suggestion hold = only(TWO_SETS, List.of(logged(2, 8, 0, 0, true), good(5)));
		assertThat(hold.outcome()).isEqualTo(Outcome.HOLD);
		assertThat(hold.action()).isEqualTo(Action.KEEP);
		assertThat(hold.rule()).isEqualTo("hold");
		assertThat(suggest(TWO_SETS, List.of(good(2), logged(5, 8, 0, 0, true)), Gates.NONE, null))
			.as("the earlier of the two too").isEmpty();
	}

	@Test
	void painDuringTwoStillProgressesThreeHolds() {
		assertThat(only(TWO_SETS, List.of(logged(2, 6, 2, 0, true), logged(5, 6, 2, 0, true))).outcome())
			.isEqualTo(Outcome.PROGRESS);
		assertThat(only(TWO_SETS, List.of(logged(2, 6, 3, 0, true), good(5))).outcome()).isEqualTo(Outcome.HOLD);
	}

	@Test
	void painDuringFiveHoldsSixStepsBackToTheEasierVariantOrOneSetFewer() {
		assertThat(only(TWO_SETS, List.of(logged(2, 6, 5, 0, true), good(5))).outcome()).isEqualTo(Outcome.HOLD);

		Suggestion easier = only(TWO_SETS, List.of(logged(2, 6, 6, 0, true), good(5)));
		assertThat(easier.outcome()).isEqualTo(Outcome.STEP_BACK);
		assertThat(easier.rule()).isEqualTo("step-back-pain-during");
		assertThat(easier.action()).isEqualTo(Action.EASIER_VARIANT);
		assertThat(easier.because()).extracting(Logged::painDuring).containsExactly(6);
		assertThat(only(new Plan(2, true, false), List.of(logged(2, 6, 6, 0, true))).action()).isEqualTo(Action.FEWER_SETS);
		Suggestion keep = only(new Plan(1, true, false), List.of(logged(2, 6, 6, 0, true)));
		assertThat(keep.action()).isEqualTo(Action.KEEP);
		assertThat(keep.applicable()).isFalse();
	}

	@Test
	void morningPainAboveUsualTwoSessionsRunningStepsBackOnceHolds() {
		Suggestion stepBack = only(TWO_SETS, List.of(logged(2, 6, 0, 1, true), logged(5, 6, 0, null, true),
				logged(8, 6, 0, 2, true)));
		assertThat(stepBack.outcome()).as("a blank morning is skipped").isEqualTo(Outcome.STEP_BACK);
		assertThat(stepBack.rule()).isEqualTo("step-back-mornings");
		assertThat(stepBack.because()).extracting(Logged::painNextMorning).containsExactly(1, 2);

		assertThat(only(TWO_SETS, List.of(logged(2, 6, 0, 1, true), good(5))).outcome()).isEqualTo(Outcome.HOLD);
	}

	@Test
	void morningPainAtTheUsualLevelProgressesAndAMissingMorningDoesNot() {
		assertThat(NextStepRules.suggest(new Input(TWO_SETS, List.of(logged(2, 6, 0, 3, true), logged(5, 6, 0, 3, true)),
				3, Gates.NONE, null, TODAY), LIMITS).map(Suggestion::outcome)).contains(Outcome.PROGRESS);
		assertThat(suggest(TWO_SETS, List.of(logged(2, 6, 0, null, true), good(5)), Gates.NONE, null)).isEmpty();
	}

	@Test
	void oneChangeAWeekSixDaysAfterTheLastNoSevenDaysYes() {
		Suggestion tooSoon = suggest(TWO_SETS, List.of(good(2), good(5)), Gates.NONE, TODAY.minusDays(6)).orElseThrow();
		assertThat(tooSoon.outcome()).isEqualTo(Outcome.NO_PROGRESS);
		assertThat(tooSoon.rule()).isEqualTo("progress-once-a-week");
		assertThat(tooSoon.lastChange()).isEqualTo(TODAY.minusDays(6));
		assertThat(tooSoon.applicable()).isFalse();

		assertThat(suggest(TWO_SETS, List.of(good(2), good(5)), Gates.NONE, TODAY.minusDays(7)).orElseThrow().outcome())
			.isEqualTo(Outcome.PROGRESS);
	}

	@Test
	void aStepBackWithinAWeekOfAChangeIsAdviceOnly() {
		Suggestion stepBack = suggest(TWO_SETS, List.of(logged(2, 6, 7, 0, true)), Gates.NONE, TODAY.minusDays(1))
			.orElseThrow();
		assertThat(stepBack.outcome()).isEqualTo(Outcome.STEP_BACK);
		assertThat(stepBack.applicable()).isFalse();
	}

	@Test
	void noProgressWhileAPainWarningIsOpen() {
		Suggestion none = suggest(TWO_SETS, List.of(good(2), good(5)), new Gates(false, false, false, true, OptionalInt.empty()),
				null).orElseThrow();
		assertThat(none.outcome()).isEqualTo(Outcome.NO_PROGRESS);
		assertThat(none.rule()).isEqualTo("no-progress-pain-warning");
		assertThat(none.applicable()).isFalse();
	}

	@Test
	void noProgressInTheTwoWeeksAfterAnInjuryPause() {
		assertThat(suggest(TWO_SETS, List.of(good(2), good(5)), new Gates(false, false, false, false, OptionalInt.of(14)),
				null).orElseThrow().rule()).isEqualTo("no-progress-pause");
		assertThat(suggest(TWO_SETS, List.of(good(2), good(5)), new Gates(false, false, false, false, OptionalInt.of(15)),
				null).orElseThrow().outcome()).isEqualTo(Outcome.PROGRESS);
	}

	@Test
	void noProgressAfterABoneStressInjury() {
		assertThat(suggest(TWO_SETS, List.of(good(2), good(5)), new Gates(false, false, true, false, OptionalInt.empty()),
				null).orElseThrow().rule()).isEqualTo("no-progress-bone-stress");
	}

	@Test
	void aClinicianManagingThePlanMeansNoSuggestionToChangeIt() {
		Gates clinician = new Gates(false, true, false, false, OptionalInt.empty());
		assertThat(suggest(TWO_SETS, List.of(good(2), good(5)), clinician, null).orElseThrow().rule())
			.isEqualTo("no-progress-clinician");
		assertThat(suggest(TWO_SETS, List.of(logged(2, 6, 8, 0, true)), clinician, null).orElseThrow().applicable())
			.as("not even a step back").isFalse();
	}

	@Test
	void aRedFlagStopsEverySuggestion() {
		Suggestion stopped = suggest(TWO_SETS, List.of(logged(2, 6, 8, 0, true)),
				new Gates(true, false, false, false, OptionalInt.empty()), null).orElseThrow();
		assertThat(stopped.outcome()).isEqualTo(Outcome.NO_PROGRESS);
		assertThat(stopped.rule()).isEqualTo("no-progress-red-flag");
		assertThat(stopped.applicable()).isFalse();
	}

	@Test
	void nothingLoggedNothingSuggested() {
		assertThat(suggest(TWO_SETS, List.of(), Gates.NONE, null)).isEmpty();
	}

}
