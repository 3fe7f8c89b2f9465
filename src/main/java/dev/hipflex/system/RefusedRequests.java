package dev.hipflex.system;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Requests no page gets to answer, each refused with the error page, a message and one line in the log (no stack
 * trace: a malformed request is the client's problem, not the server's): addresses Spring Security's firewall
 * rejects, and parameters that cannot be read (an invalid percent-encoding, text that is not UTF-8, a NUL, too many
 * of them, a broken upload). The error page's own address is a 404, as any address without a page.
 * <p>
 * The parameters are read here, before Spring Security, because Tomcat keeps a reading failure for whoever reads
 * first: a page reading them later turned the failure into a logged exception, and a file name with a NUL into a
 * 500.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class RefusedRequests extends OncePerRequestFilter implements RequestRejectedHandler {

	private static final String ADDRESS = "error.400.address";

	private static final String UNREADABLE = "error.400.unreadable";

	private static final String UPLOAD_TOO_LARGE = "error.413.upload";

	private static final Logger log = LoggerFactory.getLogger(RefusedRequests.class);

	/** Enough of the address and the reason to recognise the request, not so much that a client fills the log. */
	private static final int LOGGED_CHARACTERS = 200;

	private final String errorPath;

	RefusedRequests(@Value("${server.error.path:/error}") String errorPath) {
		this.errorPath = errorPath;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (errorPath.equals(UrlPathHelper.defaultInstance.getPathWithinApplication(request))) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		try {
			if (request.getParameterMap().entrySet().stream().anyMatch(RefusedRequests::holdsNul)) {
				refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, UNREADABLE, "a parameter holds a NUL");
				return;
			}
		}
		catch (InvalidParameterException ex) {
			int status = ex.getErrorCode();
			refuse(request, response, status, messageKey(request, status), ex.getMessage());
			return;
		}
		catch (IllegalStateException | InvalidFileNameException ex) {
			refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, UNREADABLE, ex.getMessage());
			return;
		}
		chain.doFilter(request, response);
	}

	/** Spring Security's firewall refused the address (an encoded slash or dot, {@code ;}, {@code //}, a NUL). */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex)
			throws IOException {
		refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, ADDRESS, ex.getMessage());
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String messageKey,
			String reason) throws IOException {
		log.info("Refused {} {} with {}: {}", printable(request.getMethod()), printable(request.getRequestURI()),
				status, printable(reason));
		if (messageKey != null) {
			request.setAttribute(ErrorPages.MESSAGE_KEY, messageKey);
		}
		// Tomcat itself sends the 400 for a body it cannot read (a broken chunk): the page then has our message
		if (!response.isCommitted()) {
			response.sendError(status);
		}
	}

	/** A form or an upload over the limits is a 413: the page's own message, or the upload's. */
	private static String messageKey(HttpServletRequest request, int status) {
		if (status != HttpStatus.CONTENT_TOO_LARGE.value()) {
			return UNREADABLE;
		}
		return StringUtils.startsWithIgnoreCase(request.getContentType(), "multipart/") ? UPLOAD_TOO_LARGE : null;
	}

	/** A value may be null where no server made the request ({@code ?error} in a MockMvc test). */
	private static boolean holdsNul(Map.Entry<String, String[]> parameter) {
		return parameter.getKey().indexOf('\0') >= 0
				|| Arrays.stream(parameter.getValue()).anyMatch(value -> value != null && value.indexOf('\0') >= 0);
	}

	/** One line, however the client wrote it. */
	private static String printable(String text) {
		if (text == null) {
			return "";
		}
		String line = text.codePoints()
			.map(c -> Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
					|| Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return line.length() > LOGGED_CHARACTERS ? line.substring(0, LOGGED_CHARACTERS) + "..." : line;
	}

}
