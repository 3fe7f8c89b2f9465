package dev.hipflex.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The calendar subscription: a runner makes a secret feed address on their week's page, a calendar app reads
 * it without a login (here ical4j, as an app would parse it), and edits of the week reach the feed with the
 * same UIDs and higher SEQUENCEs.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarSubscriptionTest {

	@Autowired
	MockMvc visitor;

	@Autowired
	WebApplicationContext context;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoSpyBean
	Clock clock;

	private Instant now;

	@BeforeEach
	void fixTheClock() {
		now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		doAnswer(invocation -> now).when(clock).instant();
	}

	@Test
	void editingTheWeekChangesTheFeedWithTheSameUidsAndHigherSequences() throws Exception {
		Runner runner = runner("subscriber");
		runner.post("/my/week", "from", "recommended");
		Document week = runner.page("/my/week");
		assertThat(week.select("#subscription form[action=/my/week/subscription] button").text())
			.isEqualTo("Create a subscription address");

		String feed = subscribe(runner);
		Map<String, VEvent> before = events(read(feed));
		assertThat(before).isNotEmpty();
		before.values().forEach(event -> assertThat(sequence(event)).isZero());
		assertThat(read(feed)).as("nothing changed, nothing moves").isEqualTo(read(feed));

		// Tuesday has two routines: remove one. Monday gets a note. A rest day gets a routine.
		now = now.plus(Duration.ofHours(2));
		Document page = runner.page("/my/week");
		List<String> tuesdayRemoves = page.select("#tuesday form[action$=/remove]").eachAttr("action");
		assertThat(tuesdayRemoves).hasSizeGreaterThan(1);
		runner.post(tuesdayRemoves.get(0));
		runner.post("/my/week/days/monday", "runDay", "false", "note", "Before work");
		String restDay = page.select(".week-day--rest").first().id();
		String routine = page.select("#" + restDay + "-routine option").first().val();
		runner.post("/my/week/days/" + restDay + "/routines", "routine", routine, "slot", "SESSION");

		Map<String, VEvent> after = events(read(feed));
		String tuesday = uidOf(before, "TU");
		String monday = uidOf(before, "MO");
		assertThat(after.keySet()).containsAll(before.keySet());
		assertThat(sequence(after.get(tuesday))).isEqualTo(1);
		assertThat(sequence(after.get(monday))).isEqualTo(1);
		assertThat(text(after.get(monday), Property.DESCRIPTION)).startsWith("Before work");
		assertThat(text(after.get(tuesday), Property.LAST_MODIFIED))
			.isEqualTo(WeekCalendar.STAMP.format(now))
			.isNotEqualTo(text(before.get(tuesday), Property.LAST_MODIFIED));
		assertThat(text(after.get(tuesday), Property.DTSTAMP)).isEqualTo(WeekCalendar.STAMP.format(now));
		for (String uid : before.keySet()) {
			if (!uid.equals(tuesday) && !uid.equals(monday)) {
				assertThat(sequence(after.get(uid))).as(uid + " did not change").isZero();
				assertThat(text(after.get(uid), Property.LAST_MODIFIED))
					.isEqualTo(text(before.get(uid), Property.LAST_MODIFIED));
			}
			assertThat(text(after.get(uid), Property.DTSTART)).as("the weekly rule still starts where it did")
				.isEqualTo(text(before.get(uid), Property.DTSTART));
		}
		String added = uidOf(after, WeekCalendar.byDay(java.time.DayOfWeek.valueOf(restDay.toUpperCase())));
		assertThat(before).doesNotContainKey(added);
		assertThat(sequence(after.get(added))).isZero();

		// Emptying a day takes its event out of the feed; planning it again brings it back with a higher SEQUENCE.
		now = now.plus(Duration.ofHours(1));
		for (String remove : runner.page("/my/week").select("#" + restDay + " form[action$=/remove]").eachAttr("action")) {
			runner.post(remove);
		}
		assertThat(events(read(feed))).doesNotContainKey(added).containsKeys(tuesday, monday);
		runner.post("/my/week/days/" + restDay + "/routines", "routine", routine, "slot", "SESSION");
		assertThat(sequence(events(read(feed)).get(added))).isEqualTo(1);
	}

	@Test
	void theFeedDescribesEachRoutineWithItsDosesAndALinkToTheLogForm() throws Exception {
		Runner runner = runner("described");
		runner.post("/my/week", "from", "recommended");
		Map<String, VEvent> events = events(read(subscribe(runner)));

		VEvent monday = events.get(uidOf(events, "MO"));
		String description = text(monday, Property.DESCRIPTION);
		assertThat(description).contains("Hip strength A").containsPattern("- .+: .+")
			.containsPattern("Log this session: http://localhost:8080/journal/new\\?routine=\\d+");
		assertThat(text(monday, Property.RRULE)).isEqualTo("FREQ=WEEKLY;BYDAY=MO");
		assertThat(text(monday, Property.DTSTART)).hasSize(8);
		assertThat(monday.getAlarms()).as("no reminder chosen").isEmpty();
	}

	@Test
	void aReminderAddsARelativeDisplayAlarmAndRaisesTheSequence() throws Exception {
		Runner runner = runner("reminded");
		runner.post("/my/week", "from", "recommended");
		String feed = subscribe(runner);
		Map<String, VEvent> before = events(read(feed));

		Document page = runner.page("/my/week");
		assertThat(page.select("#subscription-reminder option").eachText()).contains("No reminder",
				"The evening before at 19:00", "The morning of the day at 07:00");
		assertThat(page.select("#subscription").text()).contains("Several calendar apps ignore reminders");
		assertThat(runner.post("/my/week/subscription/reminder", "reminder", "-300").getResponse().getRedirectedUrl())
			.isEqualTo("/my/week#subscription");

		Map<String, VEvent> after = events(read(feed));
		assertThat(after.keySet()).isEqualTo(before.keySet());
		for (VEvent event : after.values()) {
			assertThat(sequence(event)).isEqualTo(1);
			assertThat(event.getAlarms()).hasSize(1);
			VAlarm alarm = event.getAlarms().get(0);
			assertThat(alarm.getProperty(Property.ACTION).orElseThrow().getValue()).isEqualTo("DISPLAY");
			assertThat(alarm.getProperty(Property.TRIGGER).orElseThrow().getValue()).isEqualTo("-PT5H");
		}
		assertThat(runner.post("/my/week/subscription/reminder", "reminder", "-299").getResponse().getStatus())
			.isEqualTo(400);
		runner.post("/my/week/subscription/reminder", "reminder", "none");
		assertThat(events(read(feed)).values()).allSatisfy(event -> assertThat(event.getAlarms()).isEmpty());
	}

	@Test
	void onlyTheTokensHashIsKeptAndARevokedOrReplacedOrGuessedAddressIsAPlainNotFound() throws Exception {
		Runner runner = runner("revoker");
		runner.post("/my/week", "from", "recommended");
		String feed = subscribe(runner);
		String token = feed.substring(feed.lastIndexOf('/') + 1, feed.length() - ".ics".length());
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		assertThat(jdbc.queryForObject("select token_hash from calendar_subscription where account_id = ?", String.class,
				runner.id())).isEqualTo(CalendarSubscriptions.hash(token)).doesNotContain(token);
		Document shown = runner.page("/my/week");
		assertThat(shown.html()).as("the address is shown once, when made").doesNotContain(token);
		assertThat(shown.select("#subscription").text()).contains("You have a subscription address");

		MockHttpServletResponse served = visitor.perform(get(feed)).andReturn().getResponse();
		assertThat(served.getStatus()).isEqualTo(200);
		assertThat(served.getHeader("Cache-Control")).isEqualTo("private, no-store");
		assertThat(served.getContentType()).startsWith("text/calendar");

		for (String guess : List.of("/calendar/" + token.toUpperCase() + ".ics", "/calendar/" + token + ".ics/",
				"/calendar/" + token.substring(1) + ".ics", "/calendar/x.ics", "/calendar/%2e%2e.ics")) {
			assertNotFound(guess);
		}

		String replaced = subscribe(runner);
		assertThat(replaced).isNotEqualTo(feed);
		assertNotFound(feed);
		assertThat(visitor.perform(get(replaced)).andReturn().getResponse().getStatus()).isEqualTo(200);

		assertThat(runner.post("/my/week/subscription/revoke").getResponse().getRedirectedUrl())
			.isEqualTo("/my/week#subscription");
		assertNotFound(replaced);
		MvcResult late = runner.post("/my/week/subscription/reminder", "reminder", "420");
		assertThat(late.getFlashMap().get("message")).as("a reminder for a revoked subscription")
			.isEqualTo("subscription.reminder.noSubscription");
		assertThat(jdbc.queryForObject("select count(*) from calendar_subscription where account_id = ?", Integer.class,
				runner.id())).isZero();
		assertThat(jdbc.queryForObject("select count(*) from calendar_event where account_id = ?", Integer.class,
				runner.id())).isZero();
	}

	@Test
	void visitorsCannotManageASubscription() throws Exception {
		for (String url : List.of("/my/week/subscription", "/my/week/subscription/revoke",
				"/my/week/subscription/reminder")) {
			assertThat(visitor.perform(MockMvcRequestBuilders.post(url).with(csrf())).andReturn().getResponse()
				.getRedirectedUrl()).as(url).endsWith("/login");
		}
	}

	private void assertNotFound(String url) throws Exception {
		MockHttpServletResponse refused = visitor.perform(get(url)).andReturn().getResponse();
		if (url.contains("%")) {
			// Refused by the firewall before any controller (RefusedRequests), which is as good.
			assertThat(refused.getStatus()).as(url).isIn(400, 404);
			return;
		}
		assertThat(refused.getStatus()).as(url).isEqualTo(404);
		assertThat(refused.getHeader("Cache-Control")).as(url).isEqualTo("private, no-store");
		if (url.endsWith(".ics")) {
			assertThat(refused.getContentType()).startsWith("text/plain");
			assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("This calendar address does not work");
		}
	}

	/** Makes (or replaces) the subscription through the page; returns the feed's path. */
	private static String subscribe(Runner runner) throws Exception {
		MvcResult made = runner.post("/my/week/subscription");
		assertThat(made.getResponse().getStatus()).isEqualTo(200);
		assertThat(made.getResponse().getHeader("Cache-Control")).isEqualTo("private, no-store");
		Document page = Jsoup.parse(made.getResponse().getContentAsString(StandardCharsets.UTF_8));
		String https = page.select("#subscription-url").val();
		String webcal = page.select("a.subscription-webcal").attr("href");
		assertThat(https).startsWith("http://localhost:8080/calendar/").endsWith(".ics");
		assertThat(webcal).isEqualTo(https.replace("http://", "webcal://"));
		return https.substring("http://localhost:8080".length());
	}

	/** The feed as a calendar app reads it; fails unless ical4j parses and validates it. */
	private String read(String feed) throws Exception {
		MockHttpServletResponse response = visitor.perform(get(feed)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		String ics = response.getContentAsString(StandardCharsets.UTF_8);
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		// RFC 5545's rules for each event and alarm; not iTIP's (RFC 5546) for METHOD:PUBLISH, which asks for an
		// ORGANIZER that a published feed of one's own week has no use for (calendar apps do not ask for it).
		for (Component component : calendar.getComponents()) {
			assertThat(component.validate().hasErrors()).as(component.validate().toString()).isFalse();
		}
		return ics;
	}

	private static Map<String, VEvent> events(String ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		Map<String, VEvent> events = new LinkedHashMap<>();
		for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
			events.put(text(event, Property.UID), event);
		}
		return events;
	}

	private static String uidOf(Map<String, VEvent> events, String byDay) {
		return events.keySet().stream().filter(uid -> uid.endsWith("-" + byDay + "@hipflex")).findFirst().orElseThrow();
	}

	private static int sequence(VEvent event) {
		return Integer.parseInt(text(event, Property.SEQUENCE));
	}

	private static String text(Component component, String property) {
		return component.getProperty(property).orElseThrow().getValue();
	}

	record Runner(CurrentRunner principal, MockMvc mvc) {

		/** A new runner, and a MockMvc logged in as them. */
		static Runner create(WebApplicationContext context, AccountService accounts, String name) {
			CurrentRunner principal = Runners.create(accounts, name);
			return new Runner(principal, MockMvcBuilders.webAppContextSetup(context)
				.apply(springSecurity())
				.defaultRequest(get("/").with(Runners.as(principal)))
				.build());
		}

		Long id() {
			return principal.id();
		}

		Document page(String url) throws Exception {
			MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(url)).andReturn().getResponse();
			assertThat(response.getStatus()).as(url).isEqualTo(200);
			return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		}

		MvcResult post(String url, String... parameters) throws Exception {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url).with(csrf());
			for (int i = 0; i < parameters.length; i += 2) {
				request.param(parameters[i], parameters[i + 1]);
			}
			return mvc.perform(request).andReturn();
		}

	}

	private Runner runner(String name) {
		return Runner.create(context, accounts, name);
	}

}
