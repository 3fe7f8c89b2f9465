package dev.hipflex.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a session's pain against the pain-monitoring model of Silbernagel et al. (2007): pain up to 5 on
 * 0–10 during activity is acceptable, and it should have settled by the next morning, so morning pain that
 * rises from one session to the next is a reason to ease off. The model comes from Achilles tendinopathy;
 * for the hip it is an extrapolation, which the page says. It flags; it never diagnoses.
 */
public final class PainMonitor {

	/** The most pain during a session that the model accepts. */
	public static final int ACCEPTABLE_PAIN = 5;

	/** What the model flags about a session. */
	public enum Signal {

		/** Pain during the session above {@link #ACCEPTABLE_PAIN}. */
		PAIN_DURING_ABOVE_LIMIT,

		/** More pain the next morning than the morning after the previous session. */
		MORNING_PAIN_HIGHER

	}

	/** A session's pain and the morning pain after the previous session that has one (may be null). */
	public record Reading(int painDuring, Integer painNextMorning, Integer previousMorningPain, LocalDate previousDate) {
	}

	/** The signals (none when all is quiet) and the numbers they are about, for the message. */
	public record Advice(List<Signal> signals, Reading reading) {

		/** The most pain during a session the model accepts, for the message that quotes it. */
		public int limit() {
			return ACCEPTABLE_PAIN;
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

	}

	public Advice assess(Reading reading) {
		List<Signal> signals = new ArrayList<>();
		if (reading.painDuring() > ACCEPTABLE_PAIN) {
			signals.add(Signal.PAIN_DURING_ABOVE_LIMIT);
		}
		if (reading.painNextMorning() != null && reading.previousMorningPain() != null
				&& reading.painNextMorning() > reading.previousMorningPain()) {
			signals.add(Signal.MORNING_PAIN_HIGHER);
		}
		return new Advice(List.copyOf(signals), reading);
	}

}
