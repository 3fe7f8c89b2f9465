package dev.hipflex.journal;

import java.time.LocalDate;

/**
 * The bounds of what a journal entry may hold, the same for the log form and the CSV import, and the
 * same as the database's CHECK constraints (V6__journal_schema.sql).
 */
public final class JournalLimits {

	/** Sessions cannot be dated before this day, nor after today. */
	public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

	public static final int SCALE_MIN = 0;

	public static final int SCALE_MAX = 10;

	public static final int REPS_MAX = 1000;

	public static final int HOLD_SECONDS_MAX = 3600;

	public static final int LOAD_KG_MAX = 500;

	/** The longest band (the column's size); text lengths are counted as {@link dev.hipflex.system.StoredText} does. */
	public static final int BAND_MAX_LENGTH = 40;

	public static final int NOTES_MAX_LENGTH = 2000;

	/** A session keeps its routine's name (an imported one too): {@code training_session.routine_name}. */
	public static final int ROUTINE_NAME_MAX_LENGTH = 120;

	public static final int SETS_MAX = 100;

	/** A pause's note (the column's size, {@code training_pause.note}). */
	public static final int PAUSE_NOTE_MAX_LENGTH = 500;

	/** The longest pause, in days, both ends included: a year. A longer break is two pauses. */
	public static final int PAUSE_DAYS_MAX = 365;

	/**
	 * How far from today a pause may start, in days, back or ahead: a pause is noted while it happens or is
	 * planned, not to rewrite old history (the streak reads up to two years back).
	 */
	public static final int PAUSE_START_DAYS_MAX = 365;

	/**
	 * What one CSV import may hold: rows (one a set) and sessions. With the upload limit (10 MB) they bound the
	 * memory an import takes; a 100,000-set journal (about 7,300 sessions) still imports whole.
	 */
	public static final int IMPORT_ROWS_MAX = 200_000;

	public static final int IMPORT_SESSIONS_MAX = 20_000;

	/** How many imports run at once; more wait a little, then are asked to try again. */
	public static final int IMPORTS_AT_ONCE = 2;

	private JournalLimits() {
	}

}
