package dev.hipflex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.hipflex.RunnerData;
import dev.hipflex.Runners;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class AccountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Test
	void registerThenLogInWithTheNewAccount() throws Exception {
		String email = unique("Runner");
		mvc.perform(post("/register").with(csrf()).param("email", email).param("password", Runners.PASSWORD)
			.param("passwordRepeated", Runners.PASSWORD).param("age", "16-or-older").param("healthDataConsent", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));

		assertThat(count(email.toLowerCase())).isEqualTo(1);
		assertThat(jdbc.queryForObject("select password_hash from account where email = ?", String.class,
				email.toLowerCase())).startsWith("{bcrypt}").doesNotContain(Runners.PASSWORD);
		mvc.perform(formLogin("/login").user("email", email.toUpperCase()).password(Runners.PASSWORD))
			.andExpect(SecurityMockMvcResultMatchers.authenticated());
	}

	@Test
	void registrationShowsTheRuleAndRefusesShortCommonAndMismatchedPasswordsWithClearMessages() throws Exception {
		Document form = page(mvc.perform(get("/register")).andReturn());
		assertThat(form.select("#password-hint").text()).contains("At least 10 characters");
		assertThat(form.select("#password").attr("aria-describedby")).contains("password-hint");

		String email = unique("weak");
		assertRefused(email, "short", "short", "needs at least 10 characters");
		assertRefused(email, "qwertyuiop", "qwertyuiop", "one of the most common");
		assertRefused(email, "Password123", "Password123", "one of the most common");
		assertRefused(email, Runners.PASSWORD, Runners.PASSWORD + "!", "not the same");
		assertRefused("not-an-email", Runners.PASSWORD, Runners.PASSWORD, "Enter an email address like");
		assertThat(count(email)).isZero();
	}

	@Test
	void passwordsMadeOnlyOfSpacesAreRefusedWithAClearMessage() throws Exception {
		String email = unique("blank");
		for (String blank : List.of(" ".repeat(10), " ".repeat(64), "\u00a0".repeat(12), " \t ".repeat(4),
				"\u3000".repeat(10))) {
			assertRefused(email, blank, blank, "cannot be only spaces");
		}
		assertThat(count(email)).isZero();

		CurrentRunner runner = Runners.create(accounts, "blank");
		MvcResult change = mvc.perform(post("/account/password").with(Runners.as(runner)).with(csrf())
			.param("currentPassword", Runners.PASSWORD).param("newPassword", " ".repeat(10))
			.param("newPasswordRepeated", " ".repeat(10))).andExpect(status().isBadRequest()).andReturn();
		assertThat(page(change).select("#newPassword-error").text()).contains("cannot be only spaces");
		mvc.perform(formLogin("/login").user("email", runner.email()).password(Runners.PASSWORD))
			.andExpect(SecurityMockMvcResultMatchers.authenticated());
	}

	@Test
	void registeringAnEmailThatHasAnAccountSaysTheSameAndChangesNothing() throws Exception {
		String email = unique("taken");
		accounts.register(email, Runners.PASSWORD, HealthDataConsent.SIXTEEN_OR_OLDER);
		String hash = jdbc.queryForObject("select password_hash from account where email = ?", String.class,
				AccountService.normaliseEmail(email));

		MvcResult again = mvc.perform(post("/register").with(csrf()).param("email", email)
			.param("password", "another long passphrase").param("passwordRepeated", "another long passphrase").param("age", "16-or-older").param("healthDataConsent", "true"))
			.andReturn();

		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/login");
		assertThat(again.getFlashMap().get("message")).isEqualTo("account.registered");
		assertThat(count(email)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select password_hash from account where email = ?", String.class,
				AccountService.normaliseEmail(email))).isEqualTo(hash);
	}

	@Test
	void unknownEmailAndWrongPasswordGetTheSameMessage() throws Exception {
		String email = unique("login");
		accounts.register(email, Runners.PASSWORD, HealthDataConsent.SIXTEEN_OR_OLDER);

		String wrongPassword = mvc.perform(formLogin("/login").user("email", email).password("wrong password!"))
			.andExpect(SecurityMockMvcResultMatchers.unauthenticated()).andReturn().getResponse().getRedirectedUrl();
		String unknownEmail = mvc.perform(formLogin("/login").user("email", unique("nobody")).password(Runners.PASSWORD))
			.andExpect(SecurityMockMvcResultMatchers.unauthenticated()).andReturn().getResponse().getRedirectedUrl();

		assertThat(wrongPassword).isEqualTo(unknownEmail).isEqualTo("/login?error");
		assertThat(page(mvc.perform(get("/login?error")).andReturn()).select(".error-summary").text())
			.contains("The email address or the password is not right");
	}

	@Test
	void loggingInIssuesANewSessionId() throws Exception {
		String email = unique("session");
		accounts.register(email, Runners.PASSWORD, HealthDataConsent.SIXTEEN_OR_OLDER);
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();

		MvcResult login = mvc.perform(formLogin("/login").user("email", email).password(Runners.PASSWORD)).andReturn();

		assertThat(login.getRequest().getSession().getId()).isNotEqualTo(before);
	}

	@Test
	void runnerPagesSendVisitorsToTheLoginPage() throws Exception {
		for (String url : new String[] { "/account", "/account/delete" }) {
			mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void formsWithoutACsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/register").param("email", unique("csrf")).param("password", Runners.PASSWORD)
			.param("passwordRepeated", Runners.PASSWORD).param("age", "16-or-older").param("healthDataConsent", "true")).andExpect(status().isForbidden());
		CurrentRunner runner = Runners.create(accounts, "csrf");
		mvc.perform(post("/account/delete").with(Runners.as(runner)).param("password", Runners.PASSWORD))
			.andExpect(status().isForbidden());
		assertThat(count(runner.email())).isEqualTo(1);
	}

	@Test
	void changePasswordNeedsTheCurrentOneAndFollowsTheRules() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "change");
		MvcResult wrong = mvc.perform(post("/account/password").with(Runners.as(runner)).with(csrf())
			.param("currentPassword", "not my password").param("newPassword", "a brand new passphrase")
			.param("newPasswordRepeated", "a brand new passphrase"))
			.andExpect(status().isBadRequest()).andReturn();
		assertThat(page(wrong).select("#currentPassword-error").text()).contains("current password is not right");

		MvcResult common = mvc.perform(post("/account/password").with(Runners.as(runner)).with(csrf())
			.param("currentPassword", Runners.PASSWORD).param("newPassword", "1234567890")
			.param("newPasswordRepeated", "1234567890"))
			.andExpect(status().isBadRequest()).andReturn();
		assertThat(page(common).select(".error-summary a[href=#newPassword]").text()).contains("most common");

		mvc.perform(post("/account/password").with(Runners.as(runner)).with(csrf())
			.param("currentPassword", Runners.PASSWORD).param("newPassword", "a brand new passphrase")
			.param("newPasswordRepeated", "a brand new passphrase"))
			.andExpect(redirectedUrl("/account"));
		mvc.perform(formLogin("/login").user("email", runner.email()).password("a brand new passphrase"))
			.andExpect(SecurityMockMvcResultMatchers.authenticated());
	}

	@Test
	void deletingTheAccountNeedsThePasswordThenRemovesIt() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "delete");
		assertThat(page(mvc.perform(get("/account/delete").with(Runners.as(runner))).andReturn()).text())
			.contains("cannot be undone");

		mvc.perform(post("/account/delete").with(Runners.as(runner)).with(csrf()).param("password", "wrong"))
			.andExpect(status().isBadRequest());
		assertThat(count(runner.email())).isEqualTo(1);

		mvc.perform(post("/account/delete").with(Runners.as(runner)).with(csrf()).param("password", Runners.PASSWORD))
			.andExpect(redirectedUrl("/"));
		assertThat(count(runner.email())).isZero();
		mvc.perform(formLogin("/login").user("email", runner.email()).password(Runners.PASSWORD))
			.andExpect(SecurityMockMvcResultMatchers.unauthenticated());
	}

	// The usual pain level on the account page: what the journal's pain check compares mornings with.

	@Test
	void aNewAccountsUsualLevelIsZeroAndTheFormSavesAnother() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "usual-pain");
		Element form = accountPage(runner).selectFirst("#usual-pain form");
		assertThat(form).isNotNull();
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.attr("action")).isEqualTo("/account/usual-pain");
		assertThat(form.select("label[for=usualPain]").text()).isEqualTo("Usual pain level, 0 to 10");
		assertThat(form.select("#usualPain").attr("value")).isEqualTo("0");
		assertThat(form.select("#usualPain").attr("aria-describedby")).contains("usualPain-hint");
		assertThat(form.select("#usualPain-hint").text()).contains("0 to 10");
		assertThat(accounts.usualPain(runner.id())).isZero();

		mvc.perform(post("/account/usual-pain").with(Runners.as(runner)).with(csrf()).param("usualPain", " 3 "))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("message", "account.usualPain.saved"));

		assertThat(storedUsualPain(runner)).isEqualTo(3);
		assertThat(accounts.usualPain(runner.id())).isEqualTo(3);
		assertThat(accountPage(runner).select("#usualPain").attr("value")).isEqualTo("3");

		sendUsualPain(runner, "10").andExpect(status().is3xxRedirection());
		sendUsualPain(runner, "0").andExpect(status().is3xxRedirection());
		assertThat(storedUsualPain(runner)).isZero();
	}

	@Test
	void theSavedUsualLevelIsConfirmedOnThePage() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "usual-pain");
		MvcResult saved = sendUsualPain(runner, "4").andReturn();
		Document page = page(mvc.perform(get("/account").with(Runners.as(runner))
			.flashAttrs(saved.getFlashMap())).andReturn());
		assertThat(page.select("[role=status]").text())
			.isEqualTo("Your usual pain level is now 4 out of 10. The journal’s pain check compares your mornings with it from now on.");
	}

	@Test
	void usualLevelsOffTheScaleAndNotNumbersAreRefusedWithAMessageAndChangeNothing() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "usual-pain");
		sendUsualPain(runner, "2").andExpect(status().is3xxRedirection());
		Map<String, Object> before = RunnerData.snapshot(jdbc, runner.id());
		for (String bad : List.of("11", "-1", "abc", "2.5", "1e1", "٣", "<b>3</b>")) {
			Document page = page(sendUsualPain(runner, bad).andExpect(status().isBadRequest()).andReturn());
			String message = "“" + bad + "” is not a pain level. Enter a whole number from 0 to 10.";
			assertThat(page.select(".error-summary").text()).as(bad).contains(message);
			assertThat(page.select("#usual-pain .field--error .field__error").text()).as(bad).contains(message);
			assertThat(page.select("#usualPain").attr("aria-invalid")).isEqualTo("true");
			assertThat(page.select("#usualPain").attr("value")).as("what was typed, to correct").isEqualTo(bad);
			assertThat(page.select("#password-heading")).as("the rest of the account page").hasSize(1);
			assertThat(page.select("#currentPassword").hasClass("field--error")).isFalse();
		}
		Document empty = page(sendUsualPain(runner, "  ").andExpect(status().isBadRequest()).andReturn());
		assertThat(empty.select(".error-summary").text()).contains("Enter your usual pain level, a whole number from 0 to 10");
		Document none = page(mvc.perform(post("/account/usual-pain").with(Runners.as(runner)).with(csrf()))
			.andExpect(status().isBadRequest()).andReturn());
		assertThat(none.select(".error-summary").text()).contains("Enter your usual pain level");

		assertThat(RunnerData.snapshot(jdbc, runner.id())).isEqualTo(before);
		assertThat(storedUsualPain(runner)).isEqualTo(2);
	}

	@Test
	void aWrongPasswordOnThePasswordFormKeepsTheUsualLevelShown() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "usual-pain");
		sendUsualPain(runner, "5");
		Document page = page(mvc.perform(post("/account/password").with(Runners.as(runner)).with(csrf())
			.param("currentPassword", "not my password at all")
			.param("newPassword", "another long passphrase")
			.param("newPasswordRepeated", "another long passphrase")).andExpect(status().isBadRequest()).andReturn());
		assertThat(page.select("#usualPain").attr("value")).isEqualTo("5");
		assertThat(page.select("#usual-pain .error-summary")).isEmpty();
	}

	@Test
	void theDatabaseHoldsOnlyUsualPainLevelsOnTheScale() {
		CurrentRunner runner = Runners.create(accounts, "usual-pain");
		for (int bad : new int[] { -1, 11 }) {
			assertThatThrownBy(() -> jdbc.update("update account set usual_pain = ? where id = ?", bad, runner.id()))
				.isInstanceOf(DataIntegrityViolationException.class);
		}
		assertThatThrownBy(() -> accounts.setUsualPain(runner.id(), 11)).isInstanceOf(IllegalArgumentException.class);
		assertThat(storedUsualPain(runner)).isZero();
	}

	private void assertRefused(String email, String password, String repeated, String message) throws Exception {
		MvcResult result = mvc.perform(post("/register").with(csrf()).param("email", email).param("password", password)
			.param("passwordRepeated", repeated).param("age", "16-or-older").param("healthDataConsent", "true")).andExpect(status().isBadRequest()).andReturn();
		Document page = page(result);
		assertThat(page.select(".error-summary").text()).contains(message);
		assertThat(page.select(".field--error .field__error").text()).contains(message);
		assertThat(page.select("input[type=password]").eachAttr("value")).allMatch(String::isEmpty);
	}

	private ResultActions sendUsualPain(CurrentRunner runner, String value) throws Exception {
		return mvc.perform(post("/account/usual-pain").with(Runners.as(runner)).with(csrf()).param("usualPain", value));
	}

	private Document accountPage(CurrentRunner runner) throws Exception {
		return page(mvc.perform(get("/account").with(Runners.as(runner))).andExpect(status().isOk()).andReturn());
	}

	private int storedUsualPain(CurrentRunner runner) {
		return jdbc.queryForObject("select usual_pain from account where id = ?", Integer.class, runner.id());
	}

	private Document page(MvcResult result) throws Exception {
		String html = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("??");
		return Jsoup.parse(html);
	}

	private int count(String email) {
		return jdbc.queryForObject("select count(*) from account where email = ?", Integer.class,
				AccountService.normaliseEmail(email));
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID() + "@Example.org";
	}

}
