package dev.hipflex.guide;

import java.util.ArrayList;
import java.util.List;

import dev.hipflex.search.SearchDocument;
import dev.hipflex.search.SearchDocumentProvider;

import org.springframework.stereotype.Component;

/** Offers the guide's pages, sections, muscles, claims and red flags to the header search. */
@Component
class GuideSearchDocuments implements SearchDocumentProvider {

	private final GuideService guide;

	GuideSearchDocuments(GuideService guide) {
		this.guide = guide;
	}

	@Override
	public List<SearchDocument> searchDocuments() {
		List<SearchDocument> documents = new ArrayList<>();
		for (GuidePage page : guide.pagesWithSections()) {
			documents.add(new SearchDocument("guide", page.getTitle(), GuideUrls.page(page.getSlug()), page.getSummary()));
			for (GuideSection section : page.getSections()) {
				documents.add(new SearchDocument("section", section.getHeading(),
						GuideUrls.section(page.getSlug(), section.getSlug()), section.getBody()));
			}
		}
		for (Muscle muscle : guide.muscles()) {
			documents.add(new SearchDocument("muscle", muscle.getName(), GuideUrls.muscle(muscle.getSlug()),
					String.join("\n", muscle.getSummary(), muscle.getActions(), muscle.getStrideRole(),
							muscle.getInjuries(), muscle.getOrigin(), muscle.getInsertion(), muscle.getNerve())));
		}
		for (RedFlag flag : guide.redFlags().flags()) {
			documents.add(new SearchDocument("redFlag", flag.getText(),
					GuideUrls.section(GuideService.RED_FLAGS_PAGE, GuideService.RED_FLAGS_PAGE), flag.getText()));
		}
		for (GuideService.ClaimPlace place : guide.claimPlaces()) {
			documents.add(new SearchDocument("claim", place.claim().getStatement(), place.url(),
					place.title() + ". " + place.claim().getFinding()));
		}
		return documents;
	}

}
