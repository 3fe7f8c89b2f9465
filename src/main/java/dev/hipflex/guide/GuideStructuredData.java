package dev.hipflex.guide;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.hipflex.system.PageMetas;
import dev.hipflex.system.SchemaOrg;
import dev.hipflex.system.StructuredData;
import dev.hipflex.system.StructuredData.Crumb;

import org.springframework.stereotype.Component;

/**
 * The JSON-LD of the guide's pages: each is a {@code MedicalWebPage} about its muscles, with its claims and the
 * sources they cite; a muscle page's is about the {@code Muscle} (insertion, nerve, action) and cites its anatomy
 * references too.
 */
@Component
class GuideStructuredData {

	private final StructuredData structured;

	private final PageMetas metas;

	GuideStructuredData(StructuredData structured, PageMetas metas) {
		this.structured = structured;
		this.metas = metas;
	}

	String page(GuideService.PageView view) {
		GuidePage page = view.page();
		String path = GuideUrls.page(page.getSlug());
		Set<Muscle> muscles = new LinkedHashSet<>();
		page.getSections().forEach(section -> muscles.addAll(section.getMuscles()));
		muscles.addAll(view.muscles());
		List<Object> about = new ArrayList<>();
		muscles.forEach(muscle -> about.add(SchemaOrg.Muscle.named(muscle.getName(), metas.url(GuideUrls.muscle(muscle.getSlug())))));
		List<Claim> claims = view.claimsBySection().values().stream().flatMap(Collection::stream).toList();
		SchemaOrg.MedicalWebPage webPage = new SchemaOrg.MedicalWebPage(page.getTitle(), page.getSummary(),
				metas.url(path), page.getUpdatedOn().toString(), about, citations(claims, List.of()), claims(claims));
		List<Crumb> crumbs = new ArrayList<>(List.of(metas.home(), new Crumb(metas.message("nav.guide"), GuideUrls.GUIDE)));
		if (!page.isOverview()) {
			crumbs.add(new Crumb(page.getTitle(), path));
		}
		return structured.of(webPage, crumbs);
	}

	String muscle(GuideService.MuscleView view) {
		Muscle muscle = view.muscle();
		String path = GuideUrls.muscle(muscle.getSlug());
		SchemaOrg.Muscle about = new SchemaOrg.Muscle(muscle.getName(), metas.url(path), muscle.getSummary(),
				new SchemaOrg.AnatomicalStructure(PageMetas.oneLine(muscle.getInsertion()), null),
				new SchemaOrg.Nerve(PageMetas.oneLine(muscle.getNerve())), PageMetas.oneLine(muscle.getActions()));
		SchemaOrg.MedicalWebPage webPage = new SchemaOrg.MedicalWebPage(muscle.getName(), muscle.getSummary(),
				metas.url(path), muscle.getUpdatedOn().toString(), List.of(about),
				citations(view.claims(), muscle.getSources()), claims(view.claims()));
		List<Crumb> crumbs = new ArrayList<>(List.of(metas.home(), new Crumb(metas.message("nav.guide"), GuideUrls.GUIDE)));
		if (muscle.getPartOf() != null) {
			crumbs.add(new Crumb(muscle.getPartOf().getName(), GuideUrls.muscle(muscle.getPartOf().getSlug())));
		}
		crumbs.add(new Crumb(muscle.getName(), path));
		return structured.of(webPage, crumbs);
	}

	private static List<SchemaOrg.Claim> claims(List<Claim> claims) {
		return claims.stream()
			.map(claim -> new SchemaOrg.Claim(claim.getStatement(),
					claim.getSources().stream().map(link -> reference(link.getSource())).toList()))
			.toList();
	}

	/** Every source the claims cite, and any others the page names, once each. */
	private static List<SchemaOrg.CreativeWork> citations(List<Claim> claims, Collection<Source> others) {
		Map<Long, Source> sources = new LinkedHashMap<>();
		claims.forEach(claim -> claim.getSources().forEach(link -> sources.putIfAbsent(link.getSource().getId(), link.getSource())));
		others.forEach(source -> sources.putIfAbsent(source.getId(), source));
		return sources.values().stream().map(GuideStructuredData::reference).toList();
	}

	private static SchemaOrg.CreativeWork reference(Source source) {
		String url = source.getDoi() != null ? "https://doi.org/" + source.getDoi() : source.getUrl();
		return new SchemaOrg.CreativeWork(source.getReference(), url);
	}

}
