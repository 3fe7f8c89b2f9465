package dev.hipflex.system;

import java.time.LocalDate;
import java.util.List;

/**
 * A page anyone may read and search engines may list: its path and the day its content last changed, or
 * none for a page made of everything else's content (the home page, the sources), which changes with the latest.
 */
public record PublicPage(String path, LocalDate updatedOn) {

	/** The pages a feature offers to the sitemap; like the search's documents, the sitemap knows no feature. */
	public interface Provider {

		List<PublicPage> publicPages();

	}

}
