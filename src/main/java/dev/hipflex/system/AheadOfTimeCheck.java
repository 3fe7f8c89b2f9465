package dev.hipflex.system;

import java.util.Arrays;

import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Refuses to start from beans prepared ahead of time (the build's {@code process-aot} step, used when
 * {@code spring.aot.enabled=true}, as {@code bin/hipflex} starts the app with the default profile) with a profile
 * switched on.
 * Those beans were worked out at build time for the default profile, so a run with, say, {@code postgres} would
 * silently miss the profile's beans (HTTP sessions in the database); it stops with a message instead.
 * {@code bin/hipflex} leaves Spring AOT off whenever a profile is set, and so works the beans out at start.
 */
public class AheadOfTimeCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		String[] profiles = event.getEnvironment().getActiveProfiles();
		if (AotDetector.useGeneratedArtifacts() && profiles.length > 0) {
			throw new IllegalStateException(message(profiles));
		}
	}

	static String message(String[] profiles) {
		return "Profile " + String.join(", ", Arrays.asList(profiles)) + " cannot be switched on in a run that uses "
				+ "the beans prepared ahead of time for the default profile (spring.aot.enabled=true). Start the "
				+ "app with bin/hipflex, which leaves them out when a profile is set (docs/operations.md).";
	}

}
