package dev.hipflex.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Without Chromium the browser tests are skipped with how to install it, except on CI, where they fail. */
class ChromiumAvailableTest {

	@Test
	void withChromiumTheBrowserTestsRun() {
		assertThat(ChromiumAvailable.evaluate(true, "true").isDisabled()).isFalse();
		assertThat(ChromiumAvailable.evaluate(true, null).isDisabled()).isFalse();
	}

	@Test
	void withoutChromiumADeveloperIsToldHowToInstallIt() {
		var result = ChromiumAvailable.evaluate(false, null);
		assertThat(result.isDisabled()).isTrue();
		assertThat(result.getReason()).hasValueSatisfying(
				reason -> assertThat(reason).contains("apt-get install chromium chromium-driver"));
		assertThat(ChromiumAvailable.evaluate(false, "false").isDisabled()).isTrue();
	}

	@Test
	void withoutChromiumOnCiTheRunFails() {
		assertThatThrownBy(() -> ChromiumAvailable.evaluate(false, "true"))
			.isInstanceOf(ExtensionConfigurationException.class)
			.hasMessageContaining("apt-get install chromium chromium-driver")
			.hasMessageContaining("CI=true");
	}

}
