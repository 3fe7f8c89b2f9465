package dev.hipflex.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.hipflex.Runners;
import dev.hipflex.Zips;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import dev.hipflex.account.HealthDataConsent;
import dev.hipflex.account.RunnerZone;
import dev.hipflex.routine.WeekEditor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The start screen: shown before a new runner's first week or log, its answers stored (and exported, and deleted
 * with the account), a red flag answered "yes" stopping the programme with that flag's urgency, bad answers
 * refused with nothing stored, and runners who were training before it not forced through it.
 */
@SpringBootTest(properties = "hipflex.start-screen.gate=true")
class StartScreenTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RunnerZone zones;

	@Autowired
	WeekEditor weeks;

	@Test
	void aNewRunnerAnswersTheStartScreenBeforeTheirFirstWeekOrLog() throws Exception {
		Runner runner = runner("newcomer", HealthDataConsent.SIXTEEN_OR_OLDER);

		assertThat(runner.get("/my/week").getStatus()).isEqualTo(303);
		assertThat(runner.get("/my/week").getHeader("Location")).isEqualTo("/my/start?next=%2Fmy%2Fweek");
		assertThat(runner.get("/journal/new").getHeader("Location")).isEqualTo("/my/start?next=%2Fjournal%2Fnew");
		assertThat(runner.get("/journal/guided").getHeader("Location")).isEqualTo("/my/start?next=%2Fjournal%2Fguided");

		Document page = runner.page("/my/start?next=/journal/new");
		assertThat(page.select("h1").text()).isEqualTo("Before you start");
		assertThat(page.select("form[action=/my/start] input[name=next]").val()).isEqualTo("/journal/new");
		assertThat(page.select("input[name=currentPain]")).hasSize(1);
		assertThat(page.select("input[name=usualPain]").val()).isEqualTo("0");
		assertThat(page.select("input[type=radio][name=boneStressInjury]").eachAttr("value")).containsExactly("yes", "no");
		assertThat(page.select("input[type=radio][name=clinicianManages]").eachAttr("value")).containsExactly("yes", "no");
		assertThat(page.select("input[type=checkbox][name=redFlags]"))
			.hasSize(jdbc.queryForObject("select count(*) from red_flag where young_runner = false", Integer.class));
		assertThat(page.text()).doesNotContain("slipped capital femoral epiphysis", "under 16");

		MvcResult saved = runner.post("/my/start", answers("2", "1", "no", "no", "/journal/new"));

		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/journal/new");
		assertThat(runner.get("/journal/new").getStatus()).isEqualTo(200);
		assertThat(runner.get("/my/week").getStatus()).isEqualTo(200);
		assertThat(accounts.usualPain(runner.id())).isEqualTo(1);
		assertThat(jdbc.queryForMap("select current_pain, bone_stress_injury, clinician_manages from start_answers"
				+ " where account_id = ?", runner.id()))
			.containsEntry("CURRENT_PAIN", 2).containsEntry("BONE_STRESS_INJURY", false)
			.containsEntry("CLINICIAN_MANAGES", false);
		Document again = runner.page("/my/start");
		assertThat(again.select("input[name=currentPain]").val()).as("the answers can be changed").isEqualTo("2");
		assertThat(again.select("input[name=boneStressInjury][value=no]").attr("checked")).isEqualTo("checked");
	}

	@Test
	void aRedFlagStopsTheProgrammeWithItsUrgencyUntilTheAnswerChanges() throws Exception {
		Runner runner = runner("flagged", HealthDataConsent.SIXTEEN_OR_OLDER);
		long sameDay = flag("SAME_DAY", false);

		MvcResult saved = runner.post("/my/start", answers("3", "0", "no", "no", "/my/week", String.valueOf(sameDay)));

		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/my/start");
		Document page = runner.page("/my/start");
		assertThat(page.select("#stop h2").text()).isEqualTo("Stop here and see a clinician");
		assertThat(page.select("#stop").text()).contains("See a doctor today")
			.contains(jdbc.queryForObject("select text from red_flag where id = ?", String.class, sameDay));
		for (String gated : List.of("/my/week", "/journal/new", "/journal/guided")) {
			assertThat(runner.get(gated).getHeader("Location")).as(gated).startsWith("/my/start");
		}

		long emergency = flag("EMERGENCY", false);
		runner.post("/my/start", answers("3", "0", "no", "no", "/my/week", String.valueOf(sameDay), String.valueOf(emergency)));
		assertThat(runner.page("/my/start").select("#stop").text()).as("the most urgent flag decides")
			.contains("This is an emergency");

		assertThat(runner.post("/my/start", answers("0", "0", "no", "no", "/my/week")).getResponse().getRedirectedUrl())
			.isEqualTo("/my/week");
		assertThat(runner.get("/my/week").getStatus()).isEqualTo(200);
		assertThat(runner.page("/my/start").select("#stop")).isEmpty();
	}

	@Test
	void aRunnerUnderSixteenIsAskedTheYoungRunnersFlagsAndToSeeAClinicianOrCoachFirst() throws Exception {
		Runner young = runner("young", HealthDataConsent.UNDER_SIXTEEN_WITH_A_GUARDIAN);
		long youngFlag = flag("SAME_DAY", true);

		Document page = young.page("/my/start");

		assertThat(page.select("p.notice").text()).contains("see a clinician or a coach");
		assertThat(page.select("input[name=redFlags][value=" + youngFlag + "]")).hasSize(1);
		assertThat(young.post("/my/start", answers("0", "0", "no", "no", "/my/week", String.valueOf(youngFlag)))
			.getResponse().getRedirectedUrl()).isEqualTo("/my/start");
		assertThat(young.get("/my/week").getHeader("Location")).startsWith("/my/start");
	}

	@Test
	void badAnswersAreRefusedWithAMessageAndNothingIsStored() throws Exception {
		Runner runner = runner("typo", HealthDataConsent.SIXTEEN_OR_OLDER);
		String adultsOnly = String.valueOf(flag("SAME_DAY", true));
		Map<String[], String> cases = new LinkedHashMap<>();
		cases.put(answers("11", "0", "no", "no", "/my/week"), "“11” is not a pain level");
		cases.put(answers("-1", "0", "no", "no", "/my/week"), "“-1” is not a pain level");
		cases.put(answers("", "0", "no", "no", "/my/week"), "Enter how much hip or groin pain you have now");
		cases.put(answers("2", "ten", "no", "no", "/my/week"), "“ten” is not a pain level");
		cases.put(answers("2", "0", "maybe", "no", "/my/week"), "Answer whether you have had a bone stress injury");
		cases.put(answers("2", "0", "no", "", "/my/week"), "Answer whether a clinician set or manages your plan");
		cases.put(answers("2", "0", "no", "no", "/my/week", "999999"), "not on this list");
		cases.put(answers("2", "0", "no", "no", "/my/week", "1 OR 1=1"), "not on this list");
		cases.put(answers("2", "0", "no", "no", "/my/week", adultsOnly), "not on this list");
		cases.put(withZone("Mars/Olympus_Mons", answers("2", "0", "no", "no", "/my/week")),
				"“Mars/Olympus_Mons” is not a time zone HipFlex knows");

		for (Map.Entry<String[], String> bad : cases.entrySet()) {
			MvcResult result = runner.post("/my/start", bad.getKey());
			String label = String.join(",", bad.getKey());
			assertThat(result.getResponse().getStatus()).as(label).isEqualTo(400);
			Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
			assertThat(page.select(".error-summary").text()).as(label).contains(bad.getValue());
		}
		assertThat(jdbc.queryForObject("select count(*) from start_answers where account_id = ?", Integer.class,
				runner.id())).isZero();
		assertThat(accounts.usualPain(runner.id())).isZero();
		assertThat(runner.get("/my/week").getStatus()).as("still due").isEqualTo(303);
		assertThat(zones.chosen(runner.id())).as("no zone stored").isEmpty();
	}

	@Test
	void theStartScreenAsksTheRunnersTimeZoneDefaultingToTheServers() throws Exception {
		Runner runner = runner("faraway", HealthDataConsent.SIXTEEN_OR_OLDER);
		Document first = runner.page("/my/start");
		assertThat(first.select("#timeZone option[selected]").attr("value")).as("the server's until chosen").isEmpty();
		assertThat(first.select("#timeZone option[selected]").text()).contains(zones.serverZone().getId());

		runner.post("/my/start", withZone("Pacific/Kiritimati", answers("0", "0", "no", "no", "/my/week")));
		assertThat(zones.zoneOf(runner.id())).isEqualTo(ZoneId.of("Pacific/Kiritimati"));
		assertThat(runner.page("/my/start").select("#timeZone option[selected]").attr("value"))
			.isEqualTo("Pacific/Kiritimati");

		runner.post("/my/start", withZone("", answers("1", "0", "no", "no", "/my/week")));
		assertThat(zones.zoneOf(runner.id())).as("left empty: the choice stays").isEqualTo(ZoneId.of("Pacific/Kiritimati"));
	}

	@Test
	void runnersWhoWereTrainingBeforeAreOnlyPromptedOnTheHomePage() throws Exception {
		Runner runner = runner("veteran", HealthDataConsent.SIXTEEN_OR_OLDER);
		weeks.start(runner.id(), "recommended", "Mine");

		assertThat(runner.get("/my/week").getStatus()).isEqualTo(200);
		assertThat(runner.page("/").select("a[href=/my/start]").text()).isEqualTo("Answer the start questions");
		assertThat(runner.page("/account").select("#start-answers a[href=/my/start]")).hasSize(1);

		runner.post("/my/start", answers("0", "0", "no", "no", "/my/week"));
		assertThat(runner.page("/").select("a[href=/my/start]")).as("answered: no more prompt").isEmpty();
	}

	@Test
	void theAnswersAreExportedAndDeletedWithTheAccount() throws Exception {
		Runner runner = runner("leaving", HealthDataConsent.SIXTEEN_OR_OLDER);
		long soon = flag("SOON", false);
		runner.post("/my/start", answers("4", "2", "yes", "yes", "/my/week", String.valueOf(soon)));

		Map<String, String> files = Zips.unzip(runner.get("/account/export.zip").getContentAsByteArray());

		assertThat(files.get("start-screen.csv")).contains("current_pain,4", "bone_stress_injury,true",
				"clinician_manages_plan,true", jdbc.queryForObject("select text from red_flag where id = ?", String.class, soon));
		assertThat(files.get("README.txt")).contains("start-screen.csv");
		accounts.delete(runner.id());
		assertThat(jdbc.queryForObject("select count(*) from start_answers where account_id = ?", Integer.class,
				runner.id())).isZero();
		assertThat(jdbc.queryForObject("select count(*) from start_red_flag where account_id = ?", Integer.class,
				runner.id())).isZero();
	}

	private long flag(String urgency, boolean youngRunner) {
		return jdbc.queryForObject("select min(id) from red_flag where urgency = ? and young_runner = ?", Long.class,
				urgency, youngRunner);
	}

	private static String[] answers(String currentPain, String usualPain, String boneStress, String clinician,
			String next, String... redFlags) {
		List<String> parameters = new java.util.ArrayList<>(List.of("currentPain", currentPain, "usualPain", usualPain,
				"boneStressInjury", boneStress, "clinicianManages", clinician, "next", next));
		for (String flag : redFlags) {
			parameters.add("redFlags");
			parameters.add(flag);
		}
		return parameters.toArray(String[]::new);
	}

	private static String[] withZone(String zone, String[] answers) {
		List<String> parameters = new java.util.ArrayList<>(List.of(answers));
		parameters.add("timeZone");
		parameters.add(zone);
		return parameters.toArray(String[]::new);
	}

	private Runner runner(String name, HealthDataConsent consent) {
		String email = name + "-" + UUID.randomUUID() + "@example.org";
		accounts.register(email, Runners.PASSWORD, consent);
		CurrentRunner principal = (CurrentRunner) accounts.loadUserByUsername(email);
		return new Runner(principal, MockMvcBuilders.webAppContextSetup(context)
			.apply(springSecurity())
			.defaultRequest(get("/").with(Runners.as(principal)))
			.build());
	}

	record Runner(CurrentRunner principal, MockMvc mvc) {

		long id() {
			return principal.id();
		}

		Document page(String url) throws Exception {
			MockHttpServletResponse response = get(url);
			assertThat(response.getStatus()).as(url).isEqualTo(200);
			return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		}

		MockHttpServletResponse get(String url) throws Exception {
			return mvc.perform(MockMvcRequestBuilders.get(url)).andReturn().getResponse();
		}

		MvcResult post(String url, String... parameters) throws Exception {
			return mvc.perform(MockMvcRequestBuilders.post(url).with(csrf()).params(Runners.form(parameters))).andReturn();
		}

	}

}
