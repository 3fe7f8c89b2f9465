package dev.hipflex.progress;

/** The progress page's address, for links from the journal. */
public final class ProgressUrls {

	public static final String PROGRESS = "/journal/progress";

	private ProgressUrls() {
	}

}
