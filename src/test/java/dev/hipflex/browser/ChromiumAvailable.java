package dev.hipflex.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser tests only where Chromium and ChromeDriver are installed. A developer without them
 * gets the tests skipped with a message saying how to install them; on CI ({@code CI=true}) a missing
 * browser fails the run, so the browser tests can never be skipped there unnoticed.
 */
class ChromiumAvailable implements ExecutionCondition {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final String MISSING = "Chromium not found: install it with `apt-get install chromium chromium-driver` "
			+ "(Debian) to run the browser tests";

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return evaluate(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), System.getenv("CI"));
	}

	static ConditionEvaluationResult evaluate(boolean installed, String ci) {
		if (installed) {
			return ConditionEvaluationResult.enabled("Chromium found at " + CHROMIUM);
		}
		if ("true".equalsIgnoreCase(ci)) {
			throw new ExtensionConfigurationException(MISSING + " (CI=true: the browser tests must run)");
		}
		return ConditionEvaluationResult.disabled(MISSING);
	}

}
