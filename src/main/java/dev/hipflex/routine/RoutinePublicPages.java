package dev.hipflex.routine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import dev.hipflex.system.PublicPage;

import org.springframework.stereotype.Component;

/**
 * HipFlex's routines and the recommended week for the sitemap (never a runner's own); the list and the week
 * change with their latest routine.
 */
@Component
class RoutinePublicPages implements PublicPage.Provider {

	private final RoutineRepository routines;

	RoutinePublicPages(RoutineRepository routines) {
		this.routines = routines;
	}

	@Override
	public List<PublicPage> publicPages() {
		List<PublicPage> found = new ArrayList<>();
		for (Routine routine : routines.findTemplates()) {
			found.add(new PublicPage(RoutineUrls.routine(routine.getSlug()), routine.getUpdatedOn()));
		}
		LocalDate latest = found.stream().map(PublicPage::updatedOn).filter(Objects::nonNull)
			.max(Comparator.naturalOrder()).orElse(null);
		found.add(0, new PublicPage(RoutineUrls.ROUTINES, latest));
		found.add(new PublicPage(RoutineUrls.WEEK, latest));
		return found;
	}

}
