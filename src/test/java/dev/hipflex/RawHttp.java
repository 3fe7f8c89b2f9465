package dev.hipflex;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Sends a request exactly as written, byte for byte, over a socket: the addresses and bodies an attacker writes
 * by hand ({@code %zz}, {@code /..;/}, a NUL, invalid UTF-8), which {@link java.net.URI} and the JDK's client refuse
 * to send.
 */
public final class RawHttp {

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/**
	 * A request without a body; {@code headers} are added after {@code Host}, {@code Accept} and {@code Connection}.
	 */
	public Response send(String method, String target, String... headers) throws IOException {
		return send(method, target, new byte[0], headers);
	}

	public Response send(String method, String target, byte[] body, String... headers) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			ByteArrayOutputStream request = new ByteArrayOutputStream();
			request.write(latin1(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
					+ "\r\nAccept: text/html\r\nConnection: close\r\n"));
			for (String header : headers) {
				request.write(latin1(header + "\r\n"));
			}
			boolean chunked = Arrays.stream(headers)
				.anyMatch(header -> header.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:"));
			if (body.length > 0 && !chunked) {
				request.write(latin1("Content-Length: " + body.length + "\r\n"));
			}
			request.write(latin1("\r\n"));
			request.write(body);
			OutputStream out = socket.getOutputStream();
			out.write(request.toByteArray());
			out.flush();
			return Response.read(socket.getInputStream(), "HEAD".equals(method));
		}
	}

	private static byte[] latin1(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	/** An answer: status, headers (names in lower case), body as UTF-8. */
	public record Response(int status, Map<String, List<String>> headers, String body) {

		public String header(String name) {
			List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
			return values == null ? null : String.join(", ", values);
		}

		public Document page() {
			return Jsoup.parse(body);
		}

		static Response read(InputStream in, boolean head) throws IOException {
			String statusLine = line(in);
			int status = Integer.parseInt(statusLine.split(" ")[1]);
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String line = line(in); !line.isEmpty(); line = line(in)) {
				int colon = line.indexOf(':');
				headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
					.add(line.substring(colon + 1).trim());
			}
			byte[] body;
			if (head) {
				body = new byte[0];
			}
			else if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
				ByteArrayOutputStream chunks = new ByteArrayOutputStream();
				for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
					chunks.write(in.readNBytes(size));
					line(in);
				}
				body = chunks.toByteArray();
			}
			else {
				body = in.readAllBytes();
			}
			return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
		}

		private static int chunkSize(InputStream in) throws IOException {
			return Integer.parseInt(line(in).split(";")[0].trim(), 16);
		}

		private static String line(InputStream in) throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			for (int b = in.read(); b != '\n'; b = in.read()) {
				if (b < 0) {
					break;
				}
				if (b != '\r') {
					line.write(b);
				}
			}
			return line.toString(StandardCharsets.ISO_8859_1);
		}

	}

}
