package dev.hipflex.checklist;

import java.util.List;

import dev.hipflex.system.PublicPage;

import org.springframework.stereotype.Component;

/** The checklist for the sitemap; its items have no content date of their own, so it changes with the latest. */
@Component
class ChecklistPublicPage implements PublicPage.Provider {

	@Override
	public List<PublicPage> publicPages() {
		return List.of(new PublicPage(ChecklistController.URL, null));
	}

}
