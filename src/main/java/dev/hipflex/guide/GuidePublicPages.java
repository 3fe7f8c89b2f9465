package dev.hipflex.guide;

import java.util.ArrayList;
import java.util.List;

import dev.hipflex.system.PublicPage;

import org.springframework.stereotype.Component;

/** The guide's pages for the sitemap: the guide's own pages, every muscle page, and the sources. */
@Component
class GuidePublicPages implements PublicPage.Provider {

	private final GuidePageRepository pages;

	private final MuscleRepository muscles;

	GuidePublicPages(GuidePageRepository pages, MuscleRepository muscles) {
		this.pages = pages;
		this.muscles = muscles;
	}

	@Override
	public List<PublicPage> publicPages() {
		List<PublicPage> found = new ArrayList<>();
		pages.findAllByOrderByPosition()
			.forEach(page -> found.add(new PublicPage(GuideUrls.page(page.getSlug()), page.getUpdatedOn())));
		muscles.findAllByOrderByPosition()
			.forEach(muscle -> found.add(new PublicPage(GuideUrls.muscle(muscle.getSlug()), muscle.getUpdatedOn())));
		found.add(new PublicPage(GuideUrls.SOURCES, null));
		return found;
	}

}
