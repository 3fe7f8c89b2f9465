package dev.hipflex.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hipflex.DateSensitive;
import dev.hipflex.TestSmtp;
import dev.hipflex.Zips;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.RunnerZone;
import dev.hipflex.exercise.Dose;
import dev.hipflex.system.Mailer;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Reminder mails: a runner turns them on on their week's page (no calendar subscription needed); the job, run
 * directly with the application's clock moved, mails each planned day once, at the chosen time in the runner's
 * own zone, within three hours of it; the mail's unsubscribe link asks first and turns them off on a POST.
 */
@SpringBootTest(properties = { "hipflex.base-url=https://hipflex.example.org/",
		"hipflex.mail.from=HipFlex <hipflex@example.org>", "hipflex.reminders.cron=-" })
@AutoConfigureMockMvc
@DateSensitive
class ReminderMailTest {

	private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");

	private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	private static final int MORNING_AT_7 = 420;

	private static final int EVENING_BEFORE_AT_19 = -300;

	private static final Pattern UNSUBSCRIBE = Pattern
		.compile("https://hipflex\\.example\\.org/reminders/unsubscribe/([A-Za-z0-9_-]{43})");

	@DynamicPropertySource
	static void mailServerAndADatabaseOfItsOwn(DynamicPropertyRegistry registry) {
		TestSmtp.configure(registry);
		if (System.getenv("SPRING_DATASOURCE_URL") == null) {
			// The job mails every runner with reminders on: on H2, only this class's.
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:hipflex-reminders;DB_CLOSE_DELAY=-1");
		}
	}

	@Autowired
	MockMvc visitor;

	@Autowired
	WebApplicationContext context;

	@Autowired
	AccountService accounts;

	@Autowired
	RunnerZone zones;

	@Autowired
	WeekReminders reminders;

	@Autowired
	WeekService weeks;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoSpyBean
	Clock clock;

	@MockitoSpyBean
	Mailer mailer;

	private Instant now;

	/** A day two days ahead in Kiritimati, whatever the clock says: the planned day of every test. */
	private LocalDate day;

	@BeforeEach
	void fixTheClock() {
		now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		doAnswer(invocation -> now).when(clock).instant();
		day = now.atZone(KIRITIMATI).toLocalDate().plusDays(2);
	}

	@Test
	void aReminderIsSentOnceAtItsTimeInTheRunnersOwnZoneAndNotForARestDay() throws Exception {
		CalendarSubscriptionTest.Runner kiritimati = planned("kiritimati", KIRITIMATI, MORNING_AT_7);
		CalendarSubscriptionTest.Runner losAngeles = planned("losangeles", LOS_ANGELES, MORNING_AT_7);

		runJobAt(KIRITIMATI, day, 6, 59);
		assertThat(mailsTo(kiritimati)).as("a minute early").isEmpty();

		runJobAt(KIRITIMATI, day, 7, 15);
		reminders.sendDue();
		assertThat(mailsTo(kiritimati)).hasSize(1);
		assertThat(mailsTo(losAngeles)).as("the same instant is the day before, a rest day, in Los Angeles").isEmpty();

		runJobAt(LOS_ANGELES, day, 7, 15);
		assertThat(mailsTo(losAngeles)).hasSize(1);
		assertThat(mailsTo(kiritimati)).as("already sent").hasSize(1);

		runJobAt(KIRITIMATI, day.plusDays(1), 7, 15);
		assertThat(mailsTo(kiritimati)).as("the next day is a rest day").hasSize(1);
		assertThat(mailsTo(losAngeles)).hasSize(1);

		runJobAt(KIRITIMATI, day.plusDays(7), 7, 0);
		assertThat(mailsTo(kiritimati)).as("the same day a week later").hasSize(2);
	}

	@Test
	void noReminderOutsideItsThreeHoursAndAnEveningReminderIsForTheNextDay() throws Exception {
		CalendarSubscriptionTest.Runner runner = planned("late", KIRITIMATI, EVENING_BEFORE_AT_19);

		runJobAt(KIRITIMATI, day, 12, 0);
		runJobAt(KIRITIMATI, day.minusDays(1), 22, 0);
		assertThat(mailsTo(runner)).as("three hours or more after 19:00 the evening before").isEmpty();
		assertThat(jdbc.queryForObject("select last_sent_for from week_reminder where account_id = ?", LocalDate.class,
				runner.id())).isNull();

		runJobAt(KIRITIMATI, day.minusDays(1), 21, 59);
		assertThat(mailsTo(runner)).hasSize(1);
		assertThat(TestSmtp.text(mailsTo(runner).get(0))).contains(day.getDayOfWeek().getDisplayName(
				java.time.format.TextStyle.FULL, Locale.ENGLISH));
	}

	@Test
	void instancesRunningTheJobAtOnceSendOneMail() throws Exception {
		CalendarSubscriptionTest.Runner runner = planned("twice", KIRITIMATI, MORNING_AT_7);
		now = at(KIRITIMATI, day, 7, 5);
		int threads = 6;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> runs = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			runs.add(pool.submit(() -> {
				start.await();
				return reminders.sendDue();
			}));
		}
		start.countDown();
		for (Future<Integer> run : runs) {
			run.get();
		}
		pool.shutdown();
		assertThat(mailsTo(runner)).hasSize(1);
	}

	@Test
	void aMailThatFailsToGoOutGivesItsClaimBackAndTheNextRunSendsIt() throws Exception {
		CalendarSubscriptionTest.Runner runner = planned("unlucky", KIRITIMATI, MORNING_AT_7);
		doThrow(new IllegalStateException("the mail server is down")).doCallRealMethod().when(mailer).send(any());

		runJobAt(KIRITIMATI, day, 7, 0);
		assertThat(mailsTo(runner)).isEmpty();
		assertThat(jdbc.queryForObject("select last_sent_for from week_reminder where account_id = ?", LocalDate.class,
				runner.id())).as("claim given back").isNull();

		runJobAt(KIRITIMATI, day, 7, 5);
		assertThat(mailsTo(runner)).hasSize(1);
		assertThat(jdbc.queryForObject("select last_sent_for from week_reminder where account_id = ?", LocalDate.class,
				runner.id())).isEqualTo(day);
	}

	@Test
	void theMailListsTheDaysRoutinesWithDosesAndLinksFromTheBaseUrl() throws Exception {
		CalendarSubscriptionTest.Runner runner = planned("content", KIRITIMATI, MORNING_AT_7);
		runJobAt(KIRITIMATI, day, 7, 0);

		MimeMessage mail = TestSmtp.onlyMailTo(runner.principal().email());
		assertThat(mail.getSubject()).startsWith("Your HipFlex routines for ");
		String text = TestSmtp.text(mail);
		WeekService.Day planned = weeks.weekFor(runner.id()).days().stream()
			.filter(candidate -> candidate.dayOfWeek() == day.getDayOfWeek())
			.findFirst()
			.orElseThrow();
		assertThat(planned.routines()).hasSize(1);
		WeekService.PlannedRoutine routine = planned.routines().get(0);
		assertThat(text).contains(routine.routine().getName(),
				"https://hipflex.example.org/journal/new?routine=" + routine.routine().getId());
		assertThat(routine.entries()).isNotEmpty();
		for (RoutineEntry entry : routine.entries()) {
			Dose.Text dose = entry.getDose().text();
			assertThat(text).contains("- " + entry.getExercise().getName() + ": "
					+ messages.getMessage(dose.messageKey(), dose.messageArguments(), Locale.ENGLISH));
		}
		Matcher link = UNSUBSCRIBE.matcher(text);
		assertThat(link.find()).as(text).isTrue();
		assertThat(mail.getHeader("List-Unsubscribe", null)).isEqualTo("<" + link.group() + ">");
		assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(jdbc.queryForObject("select count(*) from week_reminder_link where token_hash = ?", Integer.class,
				CalendarSubscriptions.hash(link.group(1)))).as("only the hash is kept").isOne();
		assertThat(Zips.unzip(runner.mvc().perform(get("/account/export.zip")).andReturn().getResponse()
			.getContentAsByteArray())).extractingByKey("reminder-mail.json").asString().contains("420");
	}

	@Test
	void theUnsubscribeLinkAsksOnAGetAndTurnsTheMailsOffOnAPostWithoutALogin() throws Exception {
		CalendarSubscriptionTest.Runner runner = planned("leaving", KIRITIMATI, MORNING_AT_7);
		runJobAt(KIRITIMATI, day, 7, 0);
		Matcher link = UNSUBSCRIBE.matcher(TestSmtp.text(TestSmtp.onlyMailTo(runner.principal().email())));
		assertThat(link.find()).isTrue();
		String token = link.group(1);
		String path = "/reminders/unsubscribe/" + token;

		MockHttpServletResponse asked = visitor.perform(get(path)).andReturn().getResponse();
		assertThat(asked.getStatus()).isEqualTo(200);
		assertThat(asked.getHeader("Cache-Control")).isEqualTo("private, no-store");
		Document page = Jsoup.parse(asked.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("form[method=post][action=" + path + "] button").text()).isEqualTo("Stop reminder mails");
		assertThat(reminders.of(runner.id())).as("opening the link changes nothing").contains(MORNING_AT_7);

		for (String guessed : List.of(token.toUpperCase(Locale.ROOT).equals(token) ? token.toLowerCase(Locale.ROOT)
				: token.toUpperCase(Locale.ROOT), token.substring(1), token + "x", "x", token + "/",
				token.substring(0, 10) + "%2E%2E")) {
			for (MockHttpServletResponse refused : List.of(
					visitor.perform(get("/reminders/unsubscribe/" + guessed)).andReturn().getResponse(),
					visitor.perform(post("/reminders/unsubscribe/" + guessed)).andReturn().getResponse())) {
				assertThat(refused.getStatus()).as(guessed).isIn(400, 403, 404);
				if (refused.getStatus() != 400) {
					// The firewall's 400 gets its headers from the server's error page (ErrorHeaders), not in MockMvc.
					assertThat(refused.getHeader("Cache-Control")).as(guessed).isEqualTo("private, no-store");
				}
			}
		}
		MockHttpServletResponse unknown = visitor.perform(get("/reminders/unsubscribe/" + "A".repeat(43)))
			.andReturn()
			.getResponse();
		assertThat(unknown.getStatus()).isEqualTo(404);
		assertThat(unknown.getContentType()).startsWith("text/plain");
		assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).startsWith("This link does not work");
		assertThat(reminders.of(runner.id())).as("no guess turned it off").contains(MORNING_AT_7);

		// A mail app's one-click unsubscribe (RFC 8058): no session, no CSRF token.
		MockHttpServletResponse done = visitor
			.perform(post(path).contentType("application/x-www-form-urlencoded").content("List-Unsubscribe=One-Click"))
			.andReturn()
			.getResponse();
		assertThat(done.getStatus()).isEqualTo(200);
		assertThat(done.getHeader("Cache-Control")).isEqualTo("private, no-store");
		assertThat(reminders.of(runner.id())).isEmpty();
		assertThat(visitor.perform(get(path)).andReturn().getResponse().getStatus()).as("used up").isEqualTo(404);

		runJobAt(KIRITIMATI, day.plusDays(7), 7, 0);
		assertThat(mailsTo(runner)).as("no more mails").hasSize(1);
	}

	@Test
	void theSettingsFormRefusesBadValuesAndChangesOnlyTheRunnersOwn() throws Exception {
		CalendarSubscriptionTest.Runner runner = planned("settings", KIRITIMATI, EVENING_BEFORE_AT_19);
		Document page = runner.page("/my/week");
		assertThat(page.select("#reminder-mail select[name=reminder] option[selected]").val()).isEqualTo("-300");
		assertThat(page.select("#subscription").text()).doesNotContain("Reminder mails");
		assertThat(page.select("#reminder-mail").text()).contains("Pacific/Kiritimati");

		for (String bad : List.of("garbage", "1234", "-301", "", " 420", "<script>")) {
			assertThat(runner.post("/my/week/reminder-mail", "reminder", bad).getResponse().getStatus()).as(bad)
				.isEqualTo(400);
		}
		assertThat(runner.post("/my/week/reminder-mail").getResponse().getStatus()).isEqualTo(400);
		assertThat(reminders.of(runner.id())).contains(EVENING_BEFORE_AT_19);

		CalendarSubscriptionTest.Runner other = runner("other");
		other.post("/my/week", "from", "recommended");
		other.post("/my/week/reminder-mail", "reminder", "none");
		other.post("/my/week/reminder-mail", "reminder", "360");
		assertThat(reminders.of(runner.id())).as("another runner's form changes their own").contains(EVENING_BEFORE_AT_19);
		assertThat(reminders.of(other.id())).contains(360);

		runner.post("/my/week/reminder-mail", "reminder", "none");
		assertThat(reminders.of(runner.id())).isEmpty();
	}

	@Test
	void deletingTheAccountDeletesTheReminderAndItsLinks() throws Exception {
		CalendarSubscriptionTest.Runner runner = planned("deleted", KIRITIMATI, MORNING_AT_7);
		runJobAt(KIRITIMATI, day, 7, 0);
		assertThat(mailsTo(runner)).hasSize(1);
		accounts.delete(runner.id());
		assertThat(jdbc.queryForObject("select count(*) from week_reminder where account_id = ?", Integer.class,
				runner.id())).isZero();
		assertThat(jdbc.queryForObject("select count(*) from week_reminder_link where account_id = ?", Integer.class,
				runner.id())).isZero();
	}

	/** A runner in the zone with a week of rest days but {@link #day}, and reminder mails at the minutes. */
	private CalendarSubscriptionTest.Runner planned(String name, ZoneId zone, int minutes) throws Exception {
		CalendarSubscriptionTest.Runner runner = runner(name);
		zones.setTimeZone(runner.id(), zone.getId());
		runner.post("/my/week", "from", MyWeekController.SCRATCH);
		DayOfWeek dayOfWeek = day.getDayOfWeek();
		String dayId = RoutineUrls.day(dayOfWeek);
		String routine = runner.page("/my/week").select("#" + dayId + "-routine option").first().val();
		runner.post("/my/week/days/" + dayId + "/routines", "routine", routine, "slot", "SESSION");
		assertThat(runner.post("/my/week/reminder-mail", "reminder", Integer.toString(minutes)).getResponse()
			.getStatus()).isEqualTo(302);
		return runner;
	}

	private CalendarSubscriptionTest.Runner runner(String name) {
		return CalendarSubscriptionTest.Runner.create(context, accounts, name);
	}

	private static List<MimeMessage> mailsTo(CalendarSubscriptionTest.Runner runner) {
		return TestSmtp.mailsTo(runner.principal().email());
	}

	/** Runs the job as the scheduler would, with the clock at the time on the date in the zone. */
	private void runJobAt(ZoneId zone, LocalDate date, int hour, int minute) {
		now = at(zone, date, hour, minute);
		reminders.sendDue();
	}

	private static Instant at(ZoneId zone, LocalDate date, int hour, int minute) {
		return date.atTime(hour, minute).atZone(zone).toInstant();
	}

}
