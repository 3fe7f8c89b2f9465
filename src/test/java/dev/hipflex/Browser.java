package dev.hipflex;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * A client of a real server (a random port, or another process): keeps cookies like a browser, and posts
 * forms with the CSRF token of the last page it read. Redirects are not followed, so tests see them.
 */
public final class Browser {

	private final String base;

	private final HttpClient client;

	private final CookieManager cookies = new CookieManager();

	private final Map<String, String> headers = new LinkedHashMap<>();

	private String csrf;

	public Browser(int port) {
		this.base = "http://127.0.0.1:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/** Sends this header with every request (e.g. {@code X-Forwarded-For} as a proxy would). */
	public Browser header(String name, String value) {
		headers.put(name, value);
		return this;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = send(request(path).GET());
		Jsoup.parse(response.body()).select("input[name=_csrf]").stream().findFirst()
			.ifPresent(input -> csrf = input.attr("value"));
		return response;
	}

	/** Posts a form with the CSRF token of the last page read. */
	public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (csrf != null) {
			fields.put("_csrf", csrf);
		}
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
	}

	/** Logs in through the login page; true if the server said so (a redirect away from the login page). */
	public boolean logIn(String email, String password) throws IOException, InterruptedException {
		get("/login");
		HttpResponse<String> response = post("/login", Map.of("email", email, "password", password));
		return response.statusCode() == 302
				&& !response.headers().firstValue("Location").orElse("").contains("/login");
	}

	public HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html");
		headers.forEach(builder::header);
		return builder;
	}

	public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** The cookies this browser would send, as a {@code Cookie} header's value (for requests made by hand). */
	public String cookieHeader() {
		return cookies.getCookieStore().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
	}

	/** The id of the Spring Session this browser holds: its {@code SESSION} cookie is the id in Base64. */
	public String springSessionId() {
		return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("SESSION"))
			.map(cookie -> new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8))
			.findFirst().orElseThrow(() -> new AssertionError("no SESSION cookie"));
	}

	public String csrf() {
		return csrf;
	}

	public static String encode(Map<String, String> fields) {
		return fields.entrySet().stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
