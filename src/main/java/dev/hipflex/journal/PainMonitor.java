package dev.hipflex.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a session's pain against the pain-monitoring model of Silbernagel et al. (2007). The model lets
 * pain during exercise go up to 5 on 0–10, provided it has settled by the next morning and morning pain
 * does not build up from one session to the next. It comes from a trial in Achilles tendinopathy that did
 * not test that limit; for the hip and groin it is an extrapolation, and it is only for a tendon or muscle
 * problem a clinician has examined, which the page says. It flags patterns for training; it never says
 * what causes the pain.
 * <p>
 * "Settled" is measured against the runner's usual level ({@code account.usual_pain}, which only the runner
 * sets, 0 unless they change it): the next morning is when, in the model, pain from a session should have
 * gone back to it, so next-morning pain above the usual level at all is pain that has not settled. A session
 * without a next-morning value is neither settled nor not: its morning is not judged, and when counting
 * mornings in a row it is skipped, so that a morning left blank does not hide pain that stays up.
 */
public final class PainMonitor {

	/** The most pain during exercise that the model allows (it never tested this figure). */
	public static final int PAIN_DURING_LIMIT = 5;

	/**
	 * How many earlier mornings a run of mornings above the usual level is counted through: the page says
	 * "each of your last n sessions", which stays true when the run goes back further, and the session page
	 * reads no more of the journal however long it is.
	 */
	public static final int MORNINGS_LOOK_BACK = 9;

	/** What the model flags about a session. */
	public enum Signal {

		/** Pain during the session above {@link #PAIN_DURING_LIMIT}. */
		PAIN_DURING_ABOVE_LIMIT,

		/** More pain the next morning than the morning after the previous session that has a value. */
		MORNING_PAIN_HIGHER,

		/** Next-morning pain above the usual level after this session, but not after the one before. */
		MORNING_PAIN_NOT_SETTLED,

		/** Next-morning pain above the usual level after this session and at least the one before it. */
		MORNING_PAIN_STAYS_UP

	}

	/** The next-morning pain after an earlier session. */
	public record Morning(LocalDate date, int pain) {
	}

	/**
	 * A session's pain during and the next morning (null: not recorded yet), the runner's usual level, and
	 * the next-morning pain after earlier sessions that have one, newest first (at most
	 * {@link #MORNINGS_LOOK_BACK} are read).
	 */
	public record Reading(int painDuring, Integer painNextMorning, int usualPain, List<Morning> earlierMornings) {

		public Reading {
			earlierMornings = List.copyOf(earlierMornings);
		}

		/** The morning after the previous session that has one, or null. */
		public Morning previousMorning() {
			return earlierMornings.isEmpty() ? null : earlierMornings.get(0);
		}

	}

	/**
	 * The signals (none when all is quiet) and the numbers they are about, for the message: {@code morningsUp}
	 * is how many sessions in a row, this one included, were followed by a morning above the usual level (0
	 * when this one was not), {@code morningsUpSince} the date of the earliest of them when there are two or
	 * more.
	 */
	public record Advice(List<Signal> signals, Reading reading, int morningsUp, LocalDate morningsUpSince) {

		/** The model's limit for pain during a session, for the message that quotes it. */
		public int limit() {
			return PAIN_DURING_LIMIT;
		}

		public boolean isQuiet() {
			return signals.isEmpty();
		}

		public boolean isPainDuringAboveLimit() {
			return signals.contains(Signal.PAIN_DURING_ABOVE_LIMIT);
		}

		public boolean isMorningPainHigher() {
			return signals.contains(Signal.MORNING_PAIN_HIGHER);
		}

		public boolean isMorningPainNotSettled() {
			return signals.contains(Signal.MORNING_PAIN_NOT_SETTLED);
		}

		public boolean isMorningPainStaysUp() {
			return signals.contains(Signal.MORNING_PAIN_STAYS_UP);
		}

	}

	public Advice assess(Reading reading) {
		List<Signal> signals = new ArrayList<>();
		if (reading.painDuring() > PAIN_DURING_LIMIT) {
			signals.add(Signal.PAIN_DURING_ABOVE_LIMIT);
		}
		Integer morning = reading.painNextMorning();
		Morning previous = reading.previousMorning();
		if (morning != null && previous != null && morning > previous.pain()) {
			signals.add(Signal.MORNING_PAIN_HIGHER);
		}
		int morningsUp = 0;
		LocalDate since = null;
		if (morning != null && morning > reading.usualPain()) {
			morningsUp = 1;
			for (Morning earlier : reading.earlierMornings()) {
				if (earlier.pain() <= reading.usualPain()) {
					break;
				}
				morningsUp++;
				since = earlier.date();
			}
			signals.add(morningsUp == 1 ? Signal.MORNING_PAIN_NOT_SETTLED : Signal.MORNING_PAIN_STAYS_UP);
		}
		return new Advice(List.copyOf(signals), reading, morningsUp, since);
	}

}
