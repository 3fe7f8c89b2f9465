package dev.hipflex.journal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.hipflex.journal.JournalChoices.ExerciseChoice;
import dev.hipflex.journal.JournalChoices.RoutineChoice;
import dev.hipflex.journal.SessionForm.SetRow;
import dev.hipflex.system.StoredText;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Reads the log form: every value is checked against {@link JournalLimits} and the known exercises and
 * routines, and each problem is reported against its field with a message key and arguments, so the page
 * can show it beside the field and in the summary. Rows with nothing typed in them are ignored.
 */
final class SessionFormReader {

	/** Typed values are quoted back in messages; this keeps a pasted essay from filling the page. */
	static final int QUOTE_MAX_LENGTH = 40;

	/** Names a row without a (known) exercise in messages; the message source resolves it. */
	static final MessageSourceResolvable NO_EXERCISE = new DefaultMessageSourceResolvable("journal.sets.noExercise");

	/** A problem with a field: the form property, a message key and its arguments. */
	record Problem(String field, String key, List<Object> arguments) {

		Problem(String field, String key, Object... arguments) {
			this(field, key, List.of(arguments));
		}

	}

	/** The checked session, or the problems that stop it being saved. */
	record Result(SessionInput input, List<Problem> problems) {

		boolean isValid() {
			return problems.isEmpty();
		}

	}

	private final LocalDate today;

	private final JournalChoices choices;

	SessionFormReader(LocalDate today, JournalChoices choices) {
		this.today = today;
		this.choices = choices;
	}

	Result read(SessionForm form) {
		List<Problem> problems = new ArrayList<>();
		LocalDate date = date(form.getDate(), problems);
		RoutineChoice routine = routine(form.getRoutine(), problems);
		Integer effort = scale("effort", form.getEffort(), true, problems);
		Integer painDuring = scale("painDuring", form.getPainDuring(), true, problems);
		Integer painNextMorning = scale("painNextMorning", form.getPainNextMorning(), false, problems);
		String notes = notes(form.getNotes(), problems);
		List<SessionInput.SetInput> sets = sets(form.getSets(), problems);
		if (!problems.isEmpty()) {
			return new Result(null, problems);
		}
		return new Result(new SessionInput(date, routine == null ? null : routine.id(),
				routine == null ? null : routine.name(), effort, painDuring, painNextMorning, notes, sets), List.of());
	}

	private LocalDate date(String text, List<Problem> problems) {
		if (SessionForm.blank(text)) {
			problems.add(new Problem("date", "journal.date.required"));
			return null;
		}
		Optional<LocalDate> date = isoDate(text);
		if (date.isEmpty()) {
			problems.add(new Problem("date", "journal.date.invalid", quote(text)));
			return null;
		}
		if (date.get().isAfter(today)) {
			problems.add(new Problem("date", "journal.date.future", date.get().toString()));
		}
		else if (date.get().isBefore(JournalLimits.EARLIEST_DATE)) {
			problems.add(new Problem("date", "journal.date.tooEarly", date.get().toString()));
		}
		return date.get();
	}

	private RoutineChoice routine(String text, List<Problem> problems) {
		if (SessionForm.blank(text)) {
			return null;
		}
		Optional<RoutineChoice> routine = wholeNumber(text).flatMap(id -> choices.routine(id));
		if (routine.isEmpty()) {
			problems.add(new Problem("routine", "journal.routine.unknown", quote(text)));
			return null;
		}
		return routine.get();
	}

	private static Integer scale(String field, String text, boolean required, List<Problem> problems) {
		if (SessionForm.blank(text)) {
			if (required) {
				problems.add(new Problem(field, "journal." + field + ".required"));
			}
			return null;
		}
		Optional<Long> value = wholeNumber(text);
		if (value.isEmpty() || value.get() > JournalLimits.SCALE_MAX) {
			problems.add(new Problem(field, "journal." + field + ".invalid", quote(text)));
			return null;
		}
		return value.get().intValue();
	}

	private static String notes(String text, List<Problem> problems) {
		if (SessionForm.blank(text)) {
			return null;
		}
		// Browsers send a line break as two characters; count it as one, as the runner sees it.
		String notes = text.replace("\r\n", "\n").strip();
		if (!StoredText.fits(notes, JournalLimits.NOTES_MAX_LENGTH)) {
			problems.add(new Problem("notes", "journal.notes.tooLong", JournalLimits.NOTES_MAX_LENGTH,
					StoredText.length(notes)));
		}
		else if (!StoredText.storable(notes)) {
			problems.add(new Problem("notes", "journal.notes.unstorable"));
		}
		return notes;
	}

	private List<SessionInput.SetInput> sets(List<SetRow> rows, List<Problem> problems) {
		List<SessionInput.SetInput> sets = new ArrayList<>();
		for (int index = 0; index < rows.size(); index++) {
			SetRow row = rows.get(index);
			if (row == null || row.isBlank()) {
				continue;
			}
			String field = "sets[" + index + "].";
			int number = index + 1;
			Optional<ExerciseChoice> exercise = Optional.ofNullable(choices.exerciseFor(row.getExercise()));
			if (SessionForm.blank(row.getExercise())) {
				problems.add(new Problem(field + "exercise", "journal.set.exercise.required", number));
			}
			else if (exercise.isEmpty()) {
				problems.add(new Problem(field + "exercise", "journal.set.exercise.unknown", number,
						quote(row.getExercise())));
			}
			Object name = exercise.<Object>map(ExerciseChoice::name).orElse(NO_EXERCISE);
			Integer amount = amount(row, field, number, name, exercise, problems);
			BigDecimal load = load(row.getLoad(), field, number, name, problems);
			String band = band(row.getBand(), field, number, name, problems);
			if (load != null && band != null) {
				problems.add(new Problem(field + "band", "journal.set.loadAndBand", number, name));
			}
			Side side = side(row.getSide(), field, number, name, problems);
			if (exercise.isPresent() && amount != null) {
				boolean reps = exercise.get().countsReps();
				sets.add(new SessionInput.SetInput(exercise.get().id(), reps ? amount : null, reps ? null : amount,
						load, band, side));
			}
		}
		if (sets.size() > JournalLimits.SETS_MAX) {
			problems.add(new Problem("sets", "journal.sets.tooMany", JournalLimits.SETS_MAX));
		}
		return sets;
	}

	private static Integer amount(SetRow row, String field, int number, Object name,
			Optional<ExerciseChoice> exercise, List<Problem> problems) {
		boolean reps = exercise.map(ExerciseChoice::countsReps).orElse(true);
		if (SessionForm.blank(row.getAmount())) {
			problems.add(new Problem(field + "amount",
					reps ? "journal.set.reps.required" : "journal.set.seconds.required", number, name));
			return null;
		}
		int max = reps ? JournalLimits.REPS_MAX : JournalLimits.HOLD_SECONDS_MAX;
		Optional<Long> amount = wholeNumber(row.getAmount());
		if (amount.isEmpty() || amount.get() < 1 || amount.get() > max) {
			problems.add(new Problem(field + "amount", reps ? "journal.set.reps.invalid" : "journal.set.seconds.invalid",
					number, name, max, quote(row.getAmount())));
			return null;
		}
		return amount.get().intValue();
	}

	private static BigDecimal load(String text, String field, int number, Object name, List<Problem> problems) {
		if (SessionForm.blank(text)) {
			return null;
		}
		// A decimal comma is as common as a point among runners; both mean the same here.
		String digits = text.strip().replace(',', '.');
		if (!digits.matches("[0-9]{1,6}(\\.[0-9]{0,2})?")
				|| new BigDecimal(digits).compareTo(BigDecimal.valueOf(JournalLimits.LOAD_KG_MAX)) > 0) {
			problems.add(new Problem(field + "load", "journal.set.load.invalid", number, name,
					JournalLimits.LOAD_KG_MAX, quote(text)));
			return null;
		}
		return new BigDecimal(digits);
	}

	private static String band(String text, String field, int number, Object name, List<Problem> problems) {
		if (SessionForm.blank(text)) {
			return null;
		}
		String band = text.strip();
		if (!StoredText.fits(band, JournalLimits.BAND_MAX_LENGTH)) {
			problems.add(new Problem(field + "band", "journal.set.band.tooLong", number, name,
					JournalLimits.BAND_MAX_LENGTH));
			return null;
		}
		if (!StoredText.storable(band)) {
			problems.add(new Problem(field + "band", "journal.set.band.unstorable", number, name));
			return null;
		}
		return band;
	}

	private static Side side(String text, String field, int number, Object name, List<Problem> problems) {
		if (SessionForm.blank(text)) {
			return Side.BOTH;
		}
		try {
			return Side.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(field + "side", "journal.set.side.invalid", number, name, quote(text)));
			return Side.BOTH;
		}
	}

	/** A date written as the ISO standard (and the date input) writes it: 2025-05-03. */
	static Optional<LocalDate> isoDate(String text) {
		String trimmed = text == null ? "" : text.strip();
		if (!trimmed.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(trimmed));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** A whole number of at most nine digits (so it always fits an int), or empty. */
	static Optional<Long> wholeNumber(String text) {
		String trimmed = text == null ? "" : text.strip();
		return trimmed.matches("[0-9]{1,9}") ? Optional.of(Long.parseLong(trimmed)) : Optional.empty();
	}

	static String quote(String text) {
		String trimmed = text.strip();
		return trimmed.length() > QUOTE_MAX_LENGTH ? trimmed.substring(0, QUOTE_MAX_LENGTH) + "…" : trimmed;
	}

}
