package dev.hipflex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A guided session with JavaScript on a 360 px phone: the countdown runs on screen after a tap, the sound is
 * off until tapped on, nothing moves on by itself, and axe finds nothing on the guided pages and their states.
 */
class GuidedSessionBrowserTest extends BrowserTest {

	@Test
	void aRunnerTrainsAlongOnAPhoneWithCountdowns() {
		registerAndLogIn("guided-browser");
		browser.width(Chromium.PHONE);
		go("/journal/guided");
		assertFits("guided start");
		assertAccessible("guided start at 360 px");
		new Select(find("#routine")).selectByVisibleText("Post-run stretches");
		clickAndWait(find("main form button[type=submit]"));
		assertThat(path()).matches("/journal/guided/\\d+");
		String draft = path();

		assertThat(find("h1").getText()).isEqualTo("Kneeling hip flexor stretch");
		WebElement clock = find(".guided-timer--hold .guided-timer__clock");
		assertThat(clock.isDisplayed()).as("the countdown waits for a tap").isFalse();
		WebElement sound = find("button.guided-sound");
		assertThat(sound.isDisplayed()).as("the script offers the sound").isTrue();
		assertThat(sound.getAttribute("aria-pressed")).isEqualTo("false");
		sound.click();
		assertThat(sound.getAttribute("aria-pressed")).isEqualTo("true");

		find(".guided-timer--hold button.guided-timer__start").click();
		assertThat(clock.getText()).isEqualTo("0:30");
		assertThat(find(".guided__live").getAttribute("textContent")).isEqualTo("Counting down 30 seconds.");
		browser.waiting().withTimeout(Duration.ofSeconds(5)).until(driver -> !clock.getText().equals("0:30"));
		assertThat(clock.getText()).matches("0:2[0-9]");
		assertFits("guided step counting down");
		assertAccessible("guided step counting down at 360 px");
		// The countdown never moves the session on: the page is still the first set.
		assertThat(path()).isEqualTo(draft);
		assertThat(find(".guided__where").getText()).endsWith("set 1 of 2");

		type("amount", "abc");
		clickAndWait(find("button[value=done]"));
		assertThat(find("#amount-error").getText()).contains("whole number from 1 to 3,600");
		assertFits("guided step with an error");
		assertAccessible("guided step with an error at 360 px");

		type("amount", "28");
		clickAndWait(find("button[value=done]"));
		assertThat(find(".guided__where").getText()).endsWith("set 2 of 2");
		assertThat(find(".guided-timer--rest p").getText()).isEqualTo("Rest about 15 seconds before this set.");
		find(".guided-timer--rest button.guided-timer__start").click();
		WebElement rest = find(".guided-timer--rest .guided-timer__clock");
		browser.waiting().withTimeout(Duration.ofSeconds(5)).until(driver -> !rest.getText().equals("0:15"));
		assertThat(find("button.guided-sound").getAttribute("aria-pressed")).as("the sound choice is kept").isEqualTo("true");
		assertAccessible("guided step with a rest at 360 px");

		// Half way: the journal offers to finish it.
		go("/journal");
		assertThat(find(".guided-draft h2").getText()).startsWith("Finish your session from");
		assertAccessible("journal with a guided draft at 360 px");
		clickAndWait(find(".guided-draft a"));
		assertThat(path()).isEqualTo(draft);

		clickAndWait(find("button[value=end]"));
		assertThat(find("h1").getText()).isEqualTo("How did it go?");
		assertFits("guided end");
		assertAccessible("guided end at 360 px");
		clickAndWait(find("main form.journal-form button[type=submit]"));
		assertThat(driver.findElements(By.cssSelector(".error-summary li"))).isNotEmpty();
		assertAccessible("guided end with errors at 360 px");
		choose("effort", 3);
		choose("painDuring", 0);
		clickAndWait(find("main form.journal-form button[type=submit]"));
		assertThat(path()).matches("/journal/\\d+");
		assertThat(find(".notice").getText()).startsWith("Your session of").endsWith("is saved.");
		assertThat(find("main").getText()).contains("Post-run stretches");
	}

	private void assertFits(String what) {
		Long overflow = (Long) driver.executeScript(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).as("%s scrolls sideways at %s px", what, Chromium.PHONE).isLessThanOrEqualTo(0L);
	}

}
