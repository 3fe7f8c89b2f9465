package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import jakarta.servlet.Filter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Every answer is in English whatever language the browser asks for and whatever the machine's own locale
 * is: a visitor's page is kept and answered to everyone (here and by nginx), so a language that reached it
 * would show its digits and dates to every visitor after.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageLanguageTest {

	/** Decimal digits other than 0-9: Arabic-Indic, Persian, Devanagari, Thai ... */
	static final Pattern OTHER_DIGITS = Pattern.compile("[\\p{Nd}&&[^0-9]]");

	/** Pages a visitor gets and that are kept, and a runner's checklist (dates and weekdays). */
	static final List<String> PAGES = List.of("/exercises", "/week", "/week.pdf", "/week.ics", "/checklist");

	@Autowired
	MockMvc mvc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	AccountService accounts;

	@Autowired
	LocaleResolver localeResolver;

	/** One runner for the whole class, so that their English answers are made once. */
	static CurrentRunner runner;

	static final Map<String, String> runnersEnglish = new LinkedHashMap<>();

	static final Map<String, String> visitorsEnglish = new LinkedHashMap<>();

	@BeforeEach
	void englishAnswers() throws Exception {
		if (runner != null) {
			return;
		}
		runner = Runners.create(accounts, "language");
		MockMvc store = withItsOwnStore();
		for (String url : PAGES) {
			runnersEnglish.put(url, comparable(mvc.perform(as(runner, url, "en-GB,en;q=0.8")).andReturn().getResponse()));
			visitorsEnglish.put(url, comparable(store.perform(visitor(url, "en")).andReturn().getResponse()));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "ar-EG", "th-TH-u-nu-thai", "fa-IR", "hi-IN-u-nu-deva", "tr-TR" })
	void everyAnswerIsTheEnglishOneWhateverLanguageTheBrowserAsksFor(String language) throws Exception {
		// A runner's answers are never kept: each of these is made for its own request.
		for (String url : PAGES) {
			MockHttpServletResponse other = mvc.perform(as(runner, url, language + ",en;q=0.1")).andReturn().getResponse();

			assertThat(other.getStatus()).as(url).isEqualTo(200);
			assertThat(OTHER_DIGITS.matcher(comparable(other)).find()).as("digits of %s in %s", url, language).isFalse();
			assertThat(comparable(other)).as("%s in %s", url, language).isEqualTo(runnersEnglish.get(url));
			assertLanguageIsEnglish(other, url);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "ar-EG", "th-TH-u-nu-thai", "fa-IR", "hi-IN-u-nu-deva" })
	void aVisitorAskingInEnglishAfterAnotherLanguageGetsEnglish(String language) throws Exception {
		MockMvc store = withItsOwnStore();
		for (String url : PAGES) {
			store.perform(visitor(url, language)).andReturn();
			MockHttpServletResponse after = store.perform(visitor(url, "en-US,en;q=0.9")).andReturn().getResponse();

			assertThat(comparable(after)).as("%s after a visitor in %s", url, language).isEqualTo(visitorsEnglish.get(url));
			assertLanguageIsEnglish(after, url);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "ar-EG", "th-TH-u-nu-thai", "tr-TR" })
	void theMachinesOwnLocaleChangesNothing(String language) throws Exception {
		Locale machine = Locale.getDefault();
		try {
			Locale.setDefault(Locale.forLanguageTag(language));
			// Tomcat gives a request without Accept-Language the machine's locale.
			MockHttpServletRequest withoutLanguage = new MockHttpServletRequest();
			withoutLanguage.setPreferredLocales(List.of(Locale.getDefault()));
			assertThat(localeResolver.resolveLocale(withoutLanguage)).isEqualTo(Locale.ENGLISH);

			for (String url : PAGES) {
				MockHttpServletResponse response = mvc.perform(as(runner, url, null)).andReturn().getResponse();
				assertThat(comparable(response)).as("%s on a machine in %s", url, language)
					.isEqualTo(runnersEnglish.get(url));
			}
		}
		finally {
			Locale.setDefault(machine);
		}
	}

	/** Pages say their language (the downloads do not). */
	private static void assertLanguageIsEnglish(MockHttpServletResponse response, String url) {
		if (response.getContentType().startsWith("text/html")) {
			assertThat(response.getHeader("Content-Language")).as(url).isEqualTo("en");
		}
	}

	private static MockHttpServletRequestBuilder as(CurrentRunner who, String url, String language) {
		MockHttpServletRequestBuilder request = get(URI.create(url)).with(Runners.as(who));
		return language == null ? request : request.header("Accept-Language", language);
	}

	private static MockHttpServletRequestBuilder visitor(String url, String language) {
		return get(URI.create(url)).header("Accept-Language", language);
	}

	/** The application as the real one, but with a store of kept pages of its own, empty. */
	private MockMvc withItsOwnStore() {
		return MockMvcBuilders.webAppContextSetup(context)
			.addFilters(context.getBean("springSecurityFilterChain", Filter.class),
					context.getAutowireCapableBeanFactory().createBean(CachePolicyFilter.class))
			.build();
	}

	/**
	 * What a reader gets from an answer: a page's HTML (without the CSRF token, new in every page), a PDF's
	 * text, a calendar without the moment it was made.
	 */
	private static String comparable(MockHttpServletResponse response) throws Exception {
		String type = response.getContentType();
		if (type.startsWith("application/pdf")) {
			try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
				return new PDFTextStripper().getText(pdf);
			}
		}
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		if (type.startsWith("text/calendar")) {
			return body.replaceAll("DTSTAMP:[0-9TZ]+", "DTSTAMP");
		}
		Document page = Jsoup.parse(body);
		page.select("input[name=_csrf]").attr("value", "");
		return page.outerHtml();
	}

}
