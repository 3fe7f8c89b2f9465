package dev.hipflex.home;

import java.util.List;

import dev.hipflex.system.PublicPage;

import org.springframework.stereotype.Component;

/** The home page for the sitemap: it shows a little of everything, so it changes with the latest content. */
@Component
class HomePublicPage implements PublicPage.Provider {

	@Override
	public List<PublicPage> publicPages() {
		return List.of(new PublicPage("/", null));
	}

}
