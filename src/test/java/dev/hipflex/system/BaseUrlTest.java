package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class BaseUrlTest {

	@Test
	void linksStartWithTheConfiguredAddress() {
		assertThat(new BaseUrl("https://hipflex.example.org").of("/week")).isEqualTo("https://hipflex.example.org/week");
		assertThat(new BaseUrl(" http://localhost:8080/ ").of("/my/week")).isEqualTo("http://localhost:8080/my/week");
		assertThat(new BaseUrl("https://example.org/hipflex/").of("/week")).isEqualTo("https://example.org/hipflex/week");
	}

	@Test
	void anAddressBrowsersCannotUseStopsTheStartWithTheSettingsName() {
		for (String wrong : new String[] { "", "hipflex.example.org", "/week", "ftp://example.org",
				"https://example.org/?page=1", "https://example.org/#top", "https://user@example.org", "http://exa mple.org" }) {
			assertThatIllegalStateException().as(wrong).isThrownBy(() -> new BaseUrl(wrong))
				.withMessageContaining("HIPFLEX_BASE_URL");
		}
	}

}
