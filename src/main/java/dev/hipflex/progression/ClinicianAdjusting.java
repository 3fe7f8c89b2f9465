package dev.hipflex.progression;

/**
 * The seam to a clinician adjusting the runner's plan (issue 19): whether the runner has a live share link that lets
 * a clinician change their week. While one works, the suggestions are those of a plan a clinician manages: none,
 * only "ask your clinician". The share module answers it; without any bean, no runner has one.
 */
public interface ClinicianAdjusting {

	/** Whether a clinician may adjust the runner's plan right now. */
	boolean adjusting(long accountId);

}
