package dev.hipflex.journal;

/**
 * How a session's sets came to be: confirmed as the routine planned them ("Done as planned"), as copied from
 * the runner's previous session of the routine ("Same as last time"), or typed. A session keeps PLANNED or
 * LAST_TIME only while its sets are exactly the ones filled in: a row changed before saving, or a later edit
 * of the sets, makes it TYPED, so a physiotherapist can trust the label. Stored as its name
 * ({@code training_session.logged_as}, {@code V26__quick_logging.sql}).
 */
public enum LoggedAs {

	PLANNED, LAST_TIME, TYPED

}
