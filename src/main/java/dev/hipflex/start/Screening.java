package dev.hipflex.start;

import java.time.Instant;
import java.util.List;

import dev.hipflex.guide.RedFlag;
import dev.hipflex.guide.Urgency;

/**
 * A runner's start-screen answers as the other modules read them. {@code redFlags} are the flags they said apply
 * now: any one stops the programme ({@link #isStopped()}), as urgently as the most urgent of them.
 */
public record Screening(int currentPain, int usualPain, List<RedFlag> redFlags, boolean boneStressInjury,
		boolean underSixteen, boolean clinicianManages, Instant answeredAt) {

	public Screening {
		redFlags = List.copyOf(redFlags);
	}

	public boolean isStopped() {
		return !redFlags.isEmpty();
	}

	/** How soon to see a clinician: the urgency of the most urgent flag answered "yes"; null when none. */
	public Urgency urgency() {
		return redFlags.stream().map(RedFlag::getUrgency).min(Enum::compareTo).orElse(null);
	}

}
