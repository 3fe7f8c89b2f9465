package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.hipflex.HipFlexApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.SpringProperties;
import org.springframework.mock.env.MockEnvironment;

/**
 * A run from the beans prepared ahead of time (spring.aot.enabled=true) refuses a profile
 * with a message saying what to run instead; a normal run takes any profile.
 */
class AheadOfTimeCheckTest {

	@AfterEach
	void normalRun() {
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
	}

	@Test
	void aRunFromPreparedBeansRefusesAProfile() {
		SpringProperties.setFlag(AotDetector.AOT_ENABLED);
		assertThatIllegalStateException().isThrownBy(() -> check(environment("postgres")))
			.withMessageContaining("Profile postgres cannot be switched on")
			.withMessageContaining("Start the app with bin/hipflex");
		assertThatNoException().as("the default profile, for which the beans were prepared")
			.isThrownBy(() -> check(environment()));
	}

	@Test
	void aNormalRunTakesAnyProfile() {
		assertThatNoException().isThrownBy(() -> check(environment("postgres")));
	}

	private static MockEnvironment environment(String... profiles) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(profiles);
		return environment;
	}

	private static void check(MockEnvironment environment) {
		new AheadOfTimeCheck().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
				new SpringApplication(HipFlexApplication.class), new String[0], environment));
	}

}
