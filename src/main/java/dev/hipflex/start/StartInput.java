package dev.hipflex.start;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import dev.hipflex.account.RunnerZone;
import dev.hipflex.account.UsualPain;

/**
 * Reads the start screen as typed and reports each problem against its field. Nothing is stored unless every
 * answer reads: the pains are whole numbers from 0 to 10, the yes/no questions are answered, and every ticked
 * red flag is one the screen offered this runner (anything else is a tampered form, refused too).
 */
final class StartInput {

	static final String YES = "yes";

	static final String NO = "no";

	private StartInput() {
	}

	/** The answers, read. */
	record Answers(int currentPain, int usualPain, Set<Long> redFlagIds, boolean boneStressInjury,
			boolean clinicianManages, String timeZone) {
	}

	/** A problem with one field: the message key and its arguments. */
	record Problem(String field, String key, Object... arguments) {
	}

	/** The answers, or the problems that keep them from being stored. */
	record Read(Answers answers, List<Problem> problems) {

		boolean isValid() {
			return problems.isEmpty();
		}

	}

	/**
	 * Reads the form. The time zone may stay empty (not chosen: the server's); otherwise it must be a zone
	 * {@code knownZone} accepts.
	 */
	static Read read(StartForm form, Set<Long> offeredRedFlags, Predicate<String> knownZone) {
		List<Problem> problems = new ArrayList<>();
		UsualPain.Input current = UsualPain.read(form.getCurrentPain(), "start.currentPain.required",
				"start.currentPain.invalid");
		if (!current.isValid()) {
			problems.add(new Problem("currentPain", current.problem(), current.arguments()));
		}
		Set<Long> flags = new LinkedHashSet<>();
		for (String typed : form.getRedFlags()) {
			Long id = typed != null && typed.matches("[0-9]{1,18}") ? Long.valueOf(typed) : null;
			if (id == null || !offeredRedFlags.contains(id)) {
				problems.add(new Problem("redFlags", "start.redFlags.unknown"));
				break;
			}
			flags.add(id);
		}
		Boolean boneStress = yesOrNo(form.getBoneStressInjury(), "boneStressInjury", problems);
		UsualPain.Input usual = UsualPain.read(form.getUsualPain());
		if (!usual.isValid()) {
			problems.add(new Problem("usualPain", usual.problem(), usual.arguments()));
		}
		Boolean clinician = yesOrNo(form.getClinicianManages(), "clinicianManages", problems);
		String zone = form.getTimeZone() == null ? "" : form.getTimeZone().strip();
		if (!zone.isEmpty() && !knownZone.test(zone)) {
			problems.add(new Problem("timeZone", RunnerZone.UNKNOWN, RunnerZone.quoted(zone)));
		}
		if (!problems.isEmpty()) {
			return new Read(null, List.copyOf(problems));
		}
		return new Read(new Answers(current.level(), usual.level(), Set.copyOf(flags), boneStress, clinician,
				zone.isEmpty() ? null : zone), List.of());
	}

	private static Boolean yesOrNo(String typed, String field, List<Problem> problems) {
		if (YES.equals(typed)) {
			return true;
		}
		if (NO.equals(typed)) {
			return false;
		}
		problems.add(new Problem(field, "start." + field + ".required"));
		return null;
	}

}
