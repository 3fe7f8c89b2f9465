package dev.hipflex.progression;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.hipflex.guide.ProgressionRule;

/**
 * The limits of the next-step rules, read from the rules as content ({@code progression_rule}): a rule's slug and
 * its threshold. Missing a rule is a broken deployment, not a reason to guess a limit.
 */
record Thresholds(int topInARow, int effortMax, int painDuringMax, int setsCap, int daysBetweenChanges,
		int stepBackPainDuring, int stepBackMornings, int daysAfterInjuryPause) {

	static final String TOP_IN_A_ROW = "progress-top-in-a-row";
	static final String EFFORT = "progress-effort";
	static final String PAIN_DURING = "progress-pain-during";
	static final String MORNING = "progress-morning";
	static final String CHANGE = "progress-change";
	static final String ONCE_A_WEEK = "progress-once-a-week";
	static final String HOLD = "hold";
	static final String STEP_BACK_PAIN = "step-back-pain-during";
	static final String STEP_BACK_MORNINGS = "step-back-mornings";
	static final String RED_FLAG = "no-progress-red-flag";
	static final String CLINICIAN = "no-progress-clinician";
	static final String PAIN_WARNING = "no-progress-pain-warning";
	static final String PAUSE = "no-progress-pause";
	static final String BONE_STRESS = "no-progress-bone-stress";

	static Thresholds of(List<ProgressionRule> rules) {
		Map<String, ProgressionRule> bySlug = rules.stream()
			.collect(Collectors.toMap(ProgressionRule::getSlug, Function.identity()));
		Function<String, Integer> limit = slug -> {
			ProgressionRule rule = bySlug.get(slug);
			if (rule == null || rule.getThreshold() == null) {
				throw new IllegalStateException("progression rule " + slug + " or its threshold is missing");
			}
			return rule.getThreshold();
		};
		return new Thresholds(limit.apply(TOP_IN_A_ROW), limit.apply(EFFORT), limit.apply(PAIN_DURING),
				limit.apply(CHANGE), limit.apply(ONCE_A_WEEK), limit.apply(STEP_BACK_PAIN),
				limit.apply(STEP_BACK_MORNINGS), limit.apply(PAUSE));
	}

}
