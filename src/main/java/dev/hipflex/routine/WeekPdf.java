package dev.hipflex.routine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;

/**
 * The week as a PDF: the {@code week/pdf} template rendered by Thymeleaf, then laid out by openhtmltopdf
 * with the project's own font (so every character prints) and the exercise illustrations; and the week's
 * handout ({@code week/handout}) the same way. Images and styles are read from the application's static files,
 * never over the network; the handout's QR code comes in the page itself.
 */
@Component
class WeekPdf {

	static final String TEMPLATE = "week/pdf";

	static final String HANDOUT_TEMPLATE = "week/handout";

	static final String FONT = "HipFlex Sans";

	/** The one kind of address besides the static files a PDF may hold: the QR code {@link QrCode} made. */
	private static final String QR_CODE = "data:image/png;base64,";

	private final ITemplateEngine templates;

	private final String weekStyles;

	private final String handoutStyles;

	WeekPdf(ITemplateEngine templates) {
		this.templates = templates;
		this.weekStyles = read("static/css/week-grid.css") + "\n" + read("static/css/week-pdf.css");
		this.handoutStyles = weekStyles + "\n" + read("static/css/week-handout.css");
	}

	/** The week on one landscape sheet: the grid of every exercise against the days. */
	byte[] render(WeekService.Week week, Paper paper, String pageUrl, LocalDate printed, Locale locale) {
		return render(TEMPLATE, Map.of("week", week, "pageUrl", pageUrl, "printed", printed),
				paper.cssSize() + " landscape", weekStyles, locale);
	}

	/**
	 * The handout, portrait: each exercise with its illustration and dose, a box to tick per day, and, on the
	 * clinic's copy only, the QR code of the share link ({@code clinicLink} null: the fridge's copy, without one).
	 */
	byte[] handout(WeekService.Week week, Paper paper, String pageUrl, LocalDate printed, WeekHandouts.ClinicLink clinicLink,
			Locale locale) {
		Map<String, Object> variables = new HashMap<>(Map.of("week", week, "pageUrl", pageUrl, "printed", printed));
		if (clinicLink != null) {
			variables.put("clinicLink", clinicLink);
			variables.put("qrCode", QrCode.pngDataUri(clinicLink.url()));
		}
		return render(HANDOUT_TEMPLATE, variables, paper.cssSize() + " portrait", handoutStyles, locale);
	}

	private byte[] render(String template, Map<String, Object> variables, String size, String styles, Locale locale) {
		Context context = new Context(locale, variables);
		Document html = Jsoup.parse(templates.process(template, context));
		html.head().appendElement("style")
			.text("@page { size: " + size + "; margin: 10mm 10mm 14mm 10mm; "
					+ "@bottom-center { content: element(footer); } }\n" + styles);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> resource("fonts/DejaVuSans.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> resource("fonts/DejaVuSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL,
					true);
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.useUriResolver((base, uri) -> uri.startsWith(QR_CODE) ? uri : staticFile(uri));
			builder.withW3cDocument(new W3CDom().fromJsoup(html), "classpath:/static/");
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

	/** Maps an address in the page (such as {@code /images/exercises/glute-bridge.svg}) to the static file. */
	static String staticFile(String uri) {
		String path = uri.replaceFirst("^classpath:/static/", "").replaceFirst("^/", "");
		if (path.contains("..") || path.contains(":")) {
			return null;
		}
		ClassPathResource resource = new ClassPathResource("static/" + path);
		try {
			URL url = resource.exists() ? resource.getURL() : null;
			return url == null ? null : url.toExternalForm();
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static InputStream resource(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(String path) {
		try (InputStream in = resource(path)) {
			return StreamUtils.copyToString(in, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
