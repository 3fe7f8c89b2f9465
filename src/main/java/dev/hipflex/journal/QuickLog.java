package dev.hipflex.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.hipflex.journal.JournalChoices.PlannedExercise;
import dev.hipflex.journal.JournalChoices.RoutineChoice;
import dev.hipflex.system.BadRequestException;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Logging in seconds: the log form filled with the routine's planned doses ("Done as planned") or with the
 * runner's previous session of the routine ("Same as last time"), and, when such a form is saved, whether its
 * sets are still exactly what was filled in ({@link LoggedAs}). The form only claims how it was filled; the
 * save compares the sets with the plan or the copied session, so a row changed before saving makes the
 * session TYPED.
 */
@Component
class QuickLog {

	/** The {@code fill} parameter and form field: "planned" or "last". */
	static final String PLANNED = "planned";

	static final String LAST_TIME = "last";

	private final TrainingSessionRepository sessions;

	QuickLog(TrainingSessionRepository sessions) {
		this.sessions = sessions;
	}

	/** How a form asks to be filled: null for typed; anything but "planned" or "last" is refused. */
	static LoggedAs fill(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case PLANNED -> LoggedAs.PLANNED;
			case LAST_TIME -> LoggedAs.LAST_TIME;
			default -> throw new BadRequestException("journal.fill.bad", SessionFormReader.quote(text));
		};
	}

	/** The form's value for a fill. */
	static String formValue(LoggedAs fill) {
		return fill == LoggedAs.PLANNED ? PLANNED : fill == LoggedAs.LAST_TIME ? LAST_TIME : "";
	}

	/** The runner's latest session of the routine on or before the day, with its sets. */
	Optional<TrainingSession> lastOf(long accountId, long routineId, LocalDate until) {
		return sessions.findLatestOfRoutine(accountId, routineId, until, PageRequest.of(0, 1))
			.stream()
			.findFirst()
			.flatMap(session -> sessions.findWithSets(session.getId(), accountId));
	}

	/** The rows of a copied session, as the edit form shows a session's sets. */
	static List<SessionForm.SetRow> rowsOf(TrainingSession session) {
		List<SessionForm.SetRow> rows = new ArrayList<>();
		for (SessionSet set : session.getSets()) {
			SessionForm.SetRow row = new SessionForm.SetRow(set.getExercise().getId().toString(), true, null);
			row.setAmount(String.valueOf(set.getReps() != null ? set.getReps() : set.getHoldSeconds()));
			row.setLoad(set.getLoadKg() == null ? null : set.getLoadKg().stripTrailingZeros().toPlainString());
			row.setBand(set.getBand());
			row.setSide(set.getSide().name());
			rows.add(row);
		}
		return rows;
	}

	/**
	 * How a valid log form's sets came to be: PLANNED if the form was filled as planned and its sets are the
	 * routine's planned sets at the bottom of each range, LAST_TIME if it copied one of the runner's sessions of
	 * the same routine and its sets are that session's, TYPED otherwise.
	 */
	LoggedAs judge(long accountId, SessionForm form, SessionInput input, JournalChoices choices) {
		LoggedAs claimed = fill(form.getFill());
		if (claimed == null || input.routineId() == null) {
			return LoggedAs.TYPED;
		}
		if (claimed == LoggedAs.PLANNED) {
			Optional<RoutineChoice> routine = choices.routine(input.routineId());
			return routine.isPresent() && plannedSets(routine.get(), choices).equals(input.sets()) ? LoggedAs.PLANNED
					: LoggedAs.TYPED;
		}
		Optional<TrainingSession> copied = SessionFormReader.wholeNumber(form.getCopiedFrom())
			.flatMap(id -> sessions.findWithSets(id, accountId))
			.filter(session -> input.routineId().equals(session.getRoutineId()));
		return copied.isPresent() && copied.get().holdsSets(input.sets()) ? LoggedAs.LAST_TIME : LoggedAs.TYPED;
	}

	/** The sets a routine plans, each at the bottom of its range, both sides, no load: what "as planned" means. */
	static List<SessionInput.SetInput> plannedSets(RoutineChoice routine, JournalChoices choices) {
		List<SessionInput.SetInput> sets = new ArrayList<>();
		for (PlannedExercise exercise : routine.exercises()) {
			boolean reps = choices.exercise(exercise.exerciseId())
				.map(JournalChoices.ExerciseChoice::countsReps)
				.orElse(true);
			for (int set = 0; set < exercise.sets(); set++) {
				sets.add(new SessionInput.SetInput(exercise.exerciseId(), reps ? exercise.amountMin() : null,
						reps ? null : exercise.amountMin(), null, null, Side.BOTH));
			}
		}
		return sets.subList(0, Math.min(sets.size(), JournalLimits.SETS_MAX));
	}

}
