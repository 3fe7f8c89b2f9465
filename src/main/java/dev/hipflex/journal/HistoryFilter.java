package dev.hipflex.journal;

import java.time.LocalDate;
import java.util.Collection;

import dev.hipflex.system.BadRequestException;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The history's filter as typed into the address: a date range ({@code from}, {@code to}, ISO dates, each
 * optional), an exercise slug and a page number. Anything it cannot read is a 400 that says what was
 * wrong, so a mistyped link never shows an empty history that looks like lost data.
 */
public record HistoryFilter(LocalDate from, LocalDate to, String exercise, int page) {

	public static final int PAGE_SIZE = 20;

	/**
	 * The history counts the matching sessions up to this number and says "more than" beyond it, so that a
	 * page costs the same with a journal of 500 sessions as with one of 50,000.
	 */
	public static final int COUNT_LIMIT = 500;

	/** Page numbers above this are refused before reaching the database. */
	static final int MAX_PAGE = 100_000;

	public static HistoryFilter parse(String from, String to, String exercise, String page,
			Collection<String> knownExercises) {
		LocalDate fromDate = date(from, "journal.history.badFrom");
		LocalDate toDate = date(to, "journal.history.badTo");
		if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
			throw new BadRequestException("journal.history.fromAfterTo", fromDate.toString(), toDate.toString());
		}
		String slug = present(exercise) ? exercise.strip() : null;
		if (slug != null && !knownExercises.contains(slug)) {
			throw new BadRequestException("journal.history.badExercise", SessionFormReader.quote(exercise));
		}
		int pageNumber = 1;
		if (present(page)) {
			Long number = SessionFormReader.wholeNumber(page).orElse(0L);
			if (number < 1 || number > MAX_PAGE) {
				throw new BadRequestException("journal.history.badPage", SessionFormReader.quote(page));
			}
			pageNumber = number.intValue();
		}
		return new HistoryFilter(fromDate, toDate, slug, pageNumber);
	}

	/** The address of a page of the same filter; parameters that are not set are left out. */
	public String link(int pageNumber) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(JournalUrls.JOURNAL);
		if (from != null) {
			link.queryParam("from", from);
		}
		if (to != null) {
			link.queryParam("to", to);
		}
		if (exercise != null) {
			link.queryParam("exercise", exercise);
		}
		return link.queryParam("page", pageNumber).encode().build().toUriString();
	}

	public boolean isFiltered() {
		return from != null || to != null || exercise != null;
	}

	private static LocalDate date(String text, String messageKey) {
		if (!present(text)) {
			return null;
		}
		return SessionFormReader.isoDate(text)
			.orElseThrow(() -> new BadRequestException(messageKey, SessionFormReader.quote(text)));
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
