package dev.hipflex.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.hipflex.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The groin pain page: a fixed page to read, reachable from the guide and the search, the red flags first, then
 * each family of causes with what it feels like, its graded and sourced claims and the muscle pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GroinPainPageTest {

	static final String PAGE = "/guide/groin-pain";

	/** Each family of causes, and the muscle pages it links to (none where the cause is not a muscle). */
	static final Map<String, List<String>> FAMILIES = Map.of(
			"adductor-related", List.of("adductor-longus", "adductor-brevis", "pectineus"),
			"iliopsoas-related", List.of("iliopsoas", "iliacus", "psoas-major"),
			"inguinal-and-pubic", List.of("abdominals", "adductor-longus"),
			"hip-related", List.of(),
			"referred-pain", List.of(),
			"bone-stress", List.of(),
			"young-runners", List.of("rectus-femoris", "sartorius", "iliopsoas"),
			"loading-a-tendon", List.of("iliopsoas", "adductor-longus"));

	@Autowired
	MockMvc mvc;

	@Test
	void aReaderFindsThePageFromTheGuideTheInjuriesPageAndTheSearch() throws Exception {
		for (String url : List.of("/guide", "/guide/injuries", "/guide/red-flags")) {
			assertThat(Pages.fetch(mvc, url).select("a[href=" + PAGE + "]")).as("link on " + url).isNotEmpty();
		}
		assertThat(Pages.fetch(mvc, "/search?q=groin+pain").select(".search-results a").eachAttr("href")).contains(PAGE);
		assertThat(Pages.fetch(mvc, "/search?q=groin+pain+what+else").select(".search-results a").eachAttr("href"))
			.first().isEqualTo(PAGE);
		for (String query : List.of("femoroacetabular", "avulsion", "sacroiliac", "slipped+capital")) {
			assertThat(Pages.fetch(mvc, "/search?q=" + query).select(".search-results a").eachAttr("href"))
				.as("results for " + query).anyMatch(href -> href.startsWith(PAGE));
		}
		assertThat(Pages.fetch(mvc, "/search?q=cauda+equina").select(".search-results a").eachAttr("href"))
			.as("the red flag itself").contains("/guide/red-flags#red-flags");
	}

	@Test
	void theRedFlagsComeFirstWithTheirUrgencyInWords() throws Exception {
		Document page = Pages.fetch(mvc, PAGE);

		Element first = page.selectFirst("main section.guide-section");
		assertThat(first.selectFirst("h2").text()).isEqualTo("First: signs that need a doctor");
		assertThat(first.select("aside.red-flags h3").eachText()).hasSize(3)
			.anySatisfy(heading -> assertThat(heading).startsWith("Emergency:"))
			.anySatisfy(heading -> assertThat(heading).startsWith("The same day:"));
		assertThat(first.select("aside.red-flags li")).hasSizeGreaterThanOrEqualTo(18);
		assertThat(page.select("main section.guide-section").stream().map(Element::id).toList())
			.startsWith("warning-signs").containsAll(FAMILIES.keySet());
	}

	@Test
	void eachFamilyOfCausesSaysWhatItFeelsLikeWithGradedSourcedClaimsAndItsMusclePages() throws Exception {
		Document page = Pages.fetch(mvc, PAGE);
		Document sources = Pages.fetch(mvc, "/sources");

		for (var family : FAMILIES.entrySet()) {
			Element section = page.getElementById(family.getKey());
			assertThat(section).as(family.getKey()).isNotNull();
			assertThat(section.select("p, li").text()).as("what " + family.getKey() + " feels like").hasSizeGreaterThan(150);
			List<Element> claims = section.select("article.claim");
			assertThat(claims).as("claims of " + family.getKey()).isNotEmpty();
			for (Element claim : claims) {
				assertThat(claim.select(".evidence strong").text()).as("level of " + claim.id()).isNotBlank();
				List<String> links = claim.select(".claim__sources a").eachAttr("href");
				assertThat(links).as("sources of " + claim.id()).isNotEmpty();
				links.forEach(link -> assertThat(sources.getElementById(link.substring(link.indexOf('#') + 1)))
					.as(link).isNotNull());
			}
			List<String> muscles = section.select(".section-muscles a").eachAttr("href");
			assertThat(muscles).as("muscle pages of " + family.getKey())
				.containsExactlyInAnyOrderElementsOf(family.getValue().stream().map(GuideUrls::muscle).toList());
		}
	}

	@Test
	void eachClaimShowsTheLevelItsSourcesAllow() throws Exception {
		Document page = Pages.fetch(mvc, PAGE);

		assertThat(level(page, "tendon-loading-outline")).isEqualTo("Expert opinion (extrapolated)");
		assertThat(sources(page, "tendon-loading-outline")).contains("Malliaras", "Breda", "Silbernagel");
		assertThat(level(page, "pinching-hip-pain-stop-exercise")).isEqualTo("Expert opinion (extrapolated)");
		assertThat(level(page, "hip-related-groin-pain")).isEqualTo("Expert opinion");
		assertThat(sources(page, "hip-related-groin-pain")).contains("Warwick");
		assertThat(level(page, "previous-stress-fracture-risk")).isEqualTo("Systematic review");
		assertThat(sources(page, "previous-stress-fracture-risk")).contains("Wright");
		assertThat(sources(page, "low-energy-availability-men-and-women")).contains("REDs");
		assertThat(level(page, "groin-pain-clinic-mix")).isEqualTo("Case series");
		assertThat(level(page, "iliopsoas-related-definition")).isEqualTo("Expert opinion");
		assertThat(page.getElementById("claim-iliopsoas-related-definition").text()).contains("tenderness",
				"more likely");
		assertThat(page.getElementById("hip-related").text()).contains("pinching pain",
				"stop that exercise and have the hip checked");
		assertThat(page.getElementById("loading-a-tendon").text()).contains("not a programme to follow on your own");
	}

	/** A page to read: nothing on it takes symptoms in (the header's search is outside main). */
	@Test
	void itIsAPageToReadNotAFormThatTakesSymptoms() throws Exception {
		Document page = Pages.fetch(mvc, PAGE);

		assertThat(page.select("main form, main input, main select, main textarea, main button")).isEmpty();
	}

	private static String level(Document page, String claim) {
		return page.getElementById("claim-" + claim).select(".evidence strong").text();
	}

	private static String sources(Document page, String claim) {
		return page.getElementById("claim-" + claim).select(".claim__sources").text();
	}

}
