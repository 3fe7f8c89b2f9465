package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.hipflex.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping the application (SIGTERM, as an operator or a container runtime does) lets a request in flight
 * finish and be saved, while new connections are refused.
 */
class GracefulShutdownTest {

	@TempDir
	Path tmp;

	@Test
	@Timeout(value = 6, unit = TimeUnit.MINUTES)
	void aRequestInFlightWhenTheAppIsStoppedFinishesAndIsSaved() throws Exception {
		Path dataDir = tmp.resolve("data");
		String note = "in-flight-" + UUID.randomUUID();
		String statusLine;
		try (AppProcess app = AppProcess.start(dataDir)) {
			Browser runner = new Browser(app.port);
			CrashTest.register(runner, "graceful-" + UUID.randomUUID() + "@example.org");
			runner.get("/journal/new");
			byte[] body = Browser.encode(Map.of("date", "2024-05-06", "effort", "4",
					"painDuring", "0", "notes", note, "_csrf", runner.csrf())).getBytes(StandardCharsets.UTF_8);

			try (Socket socket = new Socket("127.0.0.1", app.port)) {
				socket.setSoTimeout(60_000);
				OutputStream out = socket.getOutputStream();
				out.write(("POST /journal HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n"
						+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
						+ "\r\nCookie: " + runner.cookieHeader() + "\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
				int half = body.length / 2;
				out.write(body, 0, half);
				out.flush();
				Thread.sleep(500);

				app.terminate();
				Thread.sleep(1500);
				assertThatThrownBy(() -> new Socket("127.0.0.1", app.port).close())
					.as("a new connection while stopping").isInstanceOf(IOException.class);

				// The rest of the body, trickled in.
				for (int i = half; i < body.length; i++) {
					out.write(body[i]);
					out.flush();
					if (i % Math.max(1, (body.length - half) / 10) == 0) {
						Thread.sleep(100);
					}
				}
				statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
					.readLine();
			}
			assertThat(app.awaitExit(Duration.ofSeconds(60))).as("exit code after SIGTERM").isIn(0, 143);
		}

		assertThat(statusLine).as("the answer to the request in flight").isEqualTo("HTTP/1.1 302 ");
		assertThat(sessionsWithNote(dataDir, note)).isEqualTo(1);
	}

	private static int sessionsWithNote(Path dataDir, String note) throws Exception {
		String url = DatabaseLifecycleTest.PRODUCTION_URL.replace("${hipflex.data-dir}", dataDir.toAbsolutePath().toString());
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				PreparedStatement query = connection.prepareStatement("select count(*) from training_session where notes = ?")) {
			query.setString(1, note);
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
	}

}
