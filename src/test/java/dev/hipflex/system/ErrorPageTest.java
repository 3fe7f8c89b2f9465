package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.hipflex.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/**
 * Errors through the real server, so Boot's error handling (not only our controller advice) renders the
 * page: same layout, a clear message, no internals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPageTest.FailingController.class)
class ErrorPageTest {

	/** A page that fails the way a bug would. */
	@RestController
	static class FailingController {

		@GetMapping("/test-failure")
		String fail() {
			throw new IllegalStateException("database password is hunter2");
		}

	}

	@LocalServerPort
	int port;

	@Test
	void unknownAddressesGetTheNotFoundPageInTheLayout() {
		for (String path : List.of("/no-such-page", "/guide/muscles/quadratus", "/css/missing.css.html")) {
			Response response = get(path);
			assertThat(response.status()).as(path).isEqualTo(404);
			Document page = response.page();
			assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
			assertThat(page.select("main")).hasSize(1);
			assertThat(page.select("footer .disclaimer")).hasSize(1);
			assertNoInternals(response.body());
		}
	}

	@Test
	void aFailureGivesThe500PageWithoutInternals() {
		Response response = get("/test-failure");
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.page().selectFirst("h1").text()).isEqualTo("Something went wrong on our side");
		assertThat(response.body()).doesNotContain("hunter2", "IllegalStateException");
		assertNoInternals(response.body());
	}

	@Test
	void changingRequestsWithoutACsrfTokenAreRefusedWithoutInternals() {
		Response response = send("DELETE", "/guide");
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.page().selectFirst("h1").text()).isEqualTo("Not allowed");
		assertNoInternals(response.body());
	}

	@Test
	void tooLongSearchIsABadRequestWithAClearMessage() {
		Response response = get("/search?q=" + "a".repeat(201));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.page().select("main .lead").text()).contains("longer than 200 characters");
		assertNoInternals(response.body());
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("Exception", "at dev.hipflex", "at org.springframework", "Whitelabel",
				"stackTrace", "trace");
	}

	private Response get(String path) {
		return send("GET", path);
	}

	private Response send(String method, String path) {
		return RestClient.create().method(org.springframework.http.HttpMethod.valueOf(method))
			.uri("http://localhost:" + port + path)
			.header("Accept", "text/html")
			.exchange((request, response) -> new Response(response.getStatusCode().value(),
					new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
	}

	record Response(int status, String body) {

		Document page() {
			Document page = org.jsoup.Jsoup.parse(body);
			assertThat(body).doesNotContain("??");
			return page;
		}

	}

}
