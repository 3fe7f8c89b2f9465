package dev.hipflex.journal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.hipflex.exercise.Exercise;
import dev.hipflex.exercise.ExerciseService;
import dev.hipflex.journal.JournalChoices.RoutineChoice;
import dev.hipflex.routine.SessionTime;
import dev.hipflex.system.BadRequestException;
import dev.hipflex.system.ConflictException;
import dev.hipflex.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guided session: a routine walked through one planned set at a time, the sets done kept as the runner's
 * one {@link GuidedDraft}, and at the end an ordinary journal session saved through
 * {@link JournalService#create}, so it is checked, limited and answered exactly as the log form's. Every
 * method takes the runner's account id; another runner's draft is "not found".
 */
@Service
@Transactional(readOnly = true)
public class GuidedSessions {

	/** The choices a "Done" form offers: the set done, skipped, or the session ended here. */
	enum Action {

		DONE, SKIP, END

	}

	private final GuidedDraftRepository drafts;

	private final TrainingSessionRepository sessions;

	private final JournalService journal;

	private final ExerciseService exercises;

	private final Clock clock;

	GuidedSessions(GuidedDraftRepository drafts, TrainingSessionRepository sessions, JournalService journal,
			ExerciseService exercises, Clock clock) {
		this.drafts = drafts;
		this.sessions = sessions;
		this.journal = journal;
		this.exercises = exercises;
		this.clock = clock;
	}

	/** A runner's draft as other pages mention it: "Finish your session from …". */
	public record DraftSummary(long id, String routineName, LocalDate date, int setsDone) {
	}

	/** The start page: the draft to finish or discard, or the routines to start one with. */
	public record StartPage(Optional<DraftSummary> draft, List<RoutineChoice> routines, String planned) {
	}

	/** The page of the draft's current step: the set to do, or the end of the routine (then {@code step} is null). */
	public record StepPage(GuidedDraft draft, GuidedPlan plan, GuidedPlan.Step step, Exercise exercise, Integer restSeconds,
			List<DoneRow> done) {

		public boolean isEnd() {
			return step == null;
		}

	}

	/** A set done, for the summary before saving. */
	public record DoneRow(String exercise, int amount, boolean reps) {
	}

	/** A finish: the session saved, or the problems that stopped it (the draft then unchanged). */
	record Finished(Long sessionId, LocalDate date, List<SessionFormReader.Problem> problems) {
	}

	public Optional<DraftSummary> draft(long accountId) {
		return drafts.findByAccountId(accountId).map(GuidedSessions::summary);
	}

	/** The draft with its sets, for the data export. */
	Optional<GuidedDraft> draftWithSets(long accountId) {
		return drafts.findByAccountId(accountId);
	}

	StartPage startPage(long accountId) {
		JournalChoices choices = journal.choices(accountId);
		List<RoutineChoice> routines = choices.routines().stream().filter(routine -> !routine.exercises().isEmpty()).toList();
		String planned = journal.newForm(accountId, null, null).form().getRoutine();
		return new StartPage(draft(accountId), routines, planned);
	}

	/**
	 * Starts a guided session of a routine the runner may log, dated today. A runner has one draft: with one
	 * already there, nothing starts and the answer is that draft (the start page asks to finish or discard it).
	 */
	@Transactional
	Start start(long accountId, String routineText) {
		Optional<GuidedDraft> existing = drafts.findByAccountId(accountId);
		if (existing.isPresent()) {
			return new Start(existing.get().getId(), false);
		}
		RoutineChoice routine = SessionFormReader.wholeNumber(routineText)
			.flatMap(id -> journal.choices(accountId).routine(id))
			.filter(choice -> !choice.exercises().isEmpty())
			.orElseThrow(() -> new BadRequestException("guided.routine.unknown", quote(routineText)));
		GuidedDraft draft = new GuidedDraft(accountId, routine.id(), routine.name(), journal.today(accountId), clock.instant(),
				JournalService.newToken());
		return new Start(drafts.save(draft).getId(), true);
	}

	/** The draft a start answers with, and whether it is new. */
	record Start(long draftId, boolean started) {
	}

	StepPage page(long accountId, long draftId) {
		GuidedDraft draft = drafts.findByAccountId(accountId)
			.filter(found -> found.getId() == draftId)
			.orElseThrow(() -> new NotFoundException("guided session " + draftId));
		JournalChoices choices = journal.choices(accountId);
		GuidedPlan plan = plan(draft, choices);
		List<DoneRow> done = draft.getSets()
			.stream()
			.map(set -> choices.exercise(set.getExerciseId())
				.map(exercise -> new DoneRow(exercise.name(), set.getAmount(), exercise.countsReps()))
				.orElseThrow())
			.toList();
		if (draft.getStep() >= plan.size()) {
			return new StepPage(draft, plan, null, null, null, done);
		}
		GuidedPlan.Step step = plan.step(draft.getStep());
		Exercise exercise = exercise(step.exerciseId());
		Integer rest = draft.getStep() == 0 ? null
				: SessionTime.restSeconds(exercise(plan.step(draft.getStep() - 1).exerciseId()).getType());
		return new StepPage(draft, plan, step, exercise, rest, done);
	}

	/**
	 * Records the current step: the set done with the amount typed, skipped, or the session ended here (the
	 * sets left are skipped). The form names its step, so a form sent again after its set was recorded (a
	 * double tap) changes nothing, and one from an older page is refused with a 409. A bad amount is a
	 * problem for the form, and the draft stays as it was.
	 */
	@Transactional
	Optional<SessionFormReader.Problem> record(long accountId, long draftId, String stepText, String actionText,
			String amountText) {
		GuidedDraft draft = lock(accountId, draftId);
		GuidedPlan plan = plan(draft, journal.choices(accountId));
		Action action = action(actionText);
		int step = SessionFormReader.wholeNumber(stepText)
			.map(Long::intValue)
			.orElseThrow(() -> new BadRequestException("guided.step.invalid", quote(stepText)));
		if (step != draft.getStep() || step >= plan.size()) {
			if (isRepeat(draft, step, action, amountText)) {
				return Optional.empty();
			}
			throw new ConflictException("guided.step.outOfOrder");
		}
		GuidedPlan.Step planned = plan.step(step);
		switch (action) {
			case SKIP -> draft.advance(null);
			case END -> {
				while (draft.getStep() < plan.size()) {
					draft.advance(null);
				}
			}
			case DONE -> {
				Optional<Integer> amount = amount(amountText, planned.reps());
				if (amount.isEmpty()) {
					int max = planned.reps() ? JournalLimits.REPS_MAX : JournalLimits.HOLD_SECONDS_MAX;
					return Optional.of(new SessionFormReader.Problem("amount",
							planned.reps() ? "guided.amount.reps.invalid" : "guided.amount.seconds.invalid",
							quote(amountText), max));
				}
				draft.advance(new GuidedDraft.DoneSet(step, planned.exerciseId(), amount.get()));
			}
		}
		return Optional.empty();
	}

	/**
	 * Saves the draft as a journal session with the runner's effort, pain and notes, and deletes it. The same
	 * Save sent again after the first saved finds the session by the draft's token and answers with it.
	 */
	@Transactional
	Finished finish(long accountId, long draftId, SessionForm scores) {
		Optional<GuidedDraft> found = drafts.lock(draftId, accountId);
		if (found.isEmpty()) {
			return savedBefore(accountId, scores.getToken())
				.orElseThrow(() -> new NotFoundException("guided session " + draftId));
		}
		// Sets not reached yet count as skipped, as "End the session here" would have made them.
		GuidedDraft draft = found.get();
		SessionForm form = new SessionForm();
		form.setToken(draft.getFormToken());
		form.setDate(draft.getSessionDate().toString());
		form.setRoutine(draft.getRoutineId().toString());
		form.setEffort(scores.getEffort());
		form.setPainDuring(scores.getPainDuring());
		form.setNotes(scores.getNotes());
		for (GuidedDraft.DoneSet set : draft.getSets()) {
			SessionForm.SetRow row = new SessionForm.SetRow(Long.toString(set.getExerciseId()), true, null);
			row.setAmount(Integer.toString(set.getAmount()));
			form.getSets().add(row);
		}
		JournalService.Saved saved = journal.create(accountId, form);
		if (!saved.isValid()) {
			return new Finished(null, null, saved.problems());
		}
		drafts.delete(draft);
		return new Finished(saved.id(), saved.date(), List.of());
	}

	@Transactional
	void discard(long accountId, long draftId) {
		drafts.delete(lock(accountId, draftId));
	}

	private Optional<Finished> savedBefore(long accountId, String token) {
		if (SessionForm.blank(token)) {
			return Optional.empty();
		}
		return sessions.findByFormToken(accountId, token)
			.map(session -> new Finished(session.getId(), session.getSessionDate(), List.of()));
	}

	/** The form of the step just recorded, sent again with the same values: nothing to do. */
	private static boolean isRepeat(GuidedDraft draft, int step, Action action, String amountText) {
		if (step != draft.getStep() - 1) {
			return false;
		}
		GuidedDraft.DoneSet done = draft.doneAt(step);
		if (action == Action.DONE) {
			return done != null && amount(amountText, true).filter(amount -> amount == done.getAmount()).isPresent();
		}
		return action == Action.SKIP && done == null;
	}

	private static Action action(String text) {
		if (SessionForm.blank(text)) {
			return Action.DONE;
		}
		for (Action action : Action.values()) {
			if (action.name().equalsIgnoreCase(text.strip())) {
				return action;
			}
		}
		throw new BadRequestException("guided.action.invalid", quote(text));
	}

	/** A whole number from 1 to the journal's limit for repetitions or seconds, as the log form takes. */
	private static Optional<Integer> amount(String text, boolean reps) {
		int max = reps ? JournalLimits.REPS_MAX : JournalLimits.HOLD_SECONDS_MAX;
		return SessionFormReader.wholeNumber(text).filter(value -> value >= 1 && value <= max).map(Long::intValue);
	}

	private static String quote(String text) {
		return text == null ? "" : SessionFormReader.quote(text);
	}

	private GuidedDraft lock(long accountId, long draftId) {
		return drafts.lock(draftId, accountId).orElseThrow(() -> new NotFoundException("guided session " + draftId));
	}

	/** The draft's routine as the runner's choices plan it now; a routine no longer offered has no steps left. */
	private static GuidedPlan plan(GuidedDraft draft, JournalChoices choices) {
		return choices.routine(draft.getRoutineId())
			.map(routine -> GuidedPlan.of(routine, choices))
			.orElse(new GuidedPlan(List.of()));
	}

	private Exercise exercise(long id) {
		return exercises.find(id).orElseThrow(() -> new NotFoundException("exercise " + id));
	}

	private static DraftSummary summary(GuidedDraft draft) {
		return new DraftSummary(draft.getId(), draft.getRoutineName(), draft.getSessionDate(), draft.getSets().size());
	}

}
