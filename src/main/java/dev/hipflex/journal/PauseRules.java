package dev.hipflex.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.hipflex.journal.SessionFormReader.Problem;
import dev.hipflex.system.StoredText;

/**
 * Checks a typed pause against today: dates that can be read, the end not before the start (an empty end is a
 * one-day pause), at most {@link JournalLimits#PAUSE_DAYS_MAX} days, a start within
 * {@link JournalLimits#PAUSE_START_DAYS_MAX} days of today (an edit may keep the start it had), a known reason
 * and a note that fits. Overlaps need the stored pauses; {@link Pauses} checks them.
 */
final class PauseRules {

	/** What a valid form says. */
	record Input(LocalDate from, LocalDate to, PauseReason reason, String note) {
	}

	/** The input, or the problems that kept it from being read. */
	record Result(Input input, List<Problem> problems) {

		boolean isValid() {
			return problems.isEmpty();
		}

	}

	private PauseRules() {
	}

	/** {@code keptStart}: the stored start of the pause being edited, allowed even when now too far back. */
	static Result read(PauseForm form, LocalDate today, LocalDate keptStart) {
		List<Problem> problems = new ArrayList<>();
		LocalDate from = date(form.getFrom(), "from", true, problems);
		LocalDate to = date(form.getTo(), "to", false, problems);
		if (from != null) {
			LocalDate earliest = today.minusDays(JournalLimits.PAUSE_START_DAYS_MAX);
			if (keptStart != null && keptStart.isBefore(earliest)) {
				earliest = keptStart;
			}
			LocalDate latest = today.plusDays(JournalLimits.PAUSE_START_DAYS_MAX);
			if (from.isBefore(earliest) || from.isAfter(latest)) {
				problems.add(new Problem("from", "pause.from.outOfRange", from.toString(), earliest.toString(),
						latest.toString()));
				from = null;
			}
		}
		if (from != null && to == null && blank(form.getTo())) {
			to = from;
		}
		if (from != null && to != null) {
			if (to.isBefore(from)) {
				problems.add(new Problem("to", "pause.to.beforeFrom", to.toString(), from.toString()));
			}
			else if (from.plusDays(JournalLimits.PAUSE_DAYS_MAX - 1L).isBefore(to)) {
				problems.add(new Problem("to", "pause.to.tooLong", JournalLimits.PAUSE_DAYS_MAX,
						from.plusDays(JournalLimits.PAUSE_DAYS_MAX - 1L).toString()));
			}
		}
		PauseReason reason = reason(form.getReason(), problems);
		String note = blank(form.getNote()) ? null : form.getNote().strip();
		if (note != null && !StoredText.storable(note)) {
			problems.add(new Problem("note", "pause.note.unstorable"));
		}
		else if (note != null && !StoredText.fits(note, JournalLimits.PAUSE_NOTE_MAX_LENGTH)) {
			problems.add(new Problem("note", "pause.note.tooLong", JournalLimits.PAUSE_NOTE_MAX_LENGTH,
					StoredText.length(note)));
		}
		return problems.isEmpty() ? new Result(new Input(from, to, reason, note), List.of())
				: new Result(null, List.copyOf(problems));
	}

	private static LocalDate date(String text, String field, boolean required, List<Problem> problems) {
		if (blank(text)) {
			if (required) {
				problems.add(new Problem(field, "pause." + field + ".missing"));
			}
			return null;
		}
		Optional<LocalDate> date = SessionFormReader.isoDate(text);
		if (date.isEmpty()) {
			problems.add(new Problem(field, "pause.date.bad", SessionFormReader.quote(text)));
			return null;
		}
		return date.get();
	}

	private static PauseReason reason(String text, List<Problem> problems) {
		if (!blank(text)) {
			for (PauseReason reason : PauseReason.values()) {
				if (reason.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
					return reason;
				}
			}
		}
		problems.add(new Problem("reason", "pause.reason.missing"));
		return null;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
