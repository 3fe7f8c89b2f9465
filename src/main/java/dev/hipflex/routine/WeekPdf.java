package dev.hipflex.routine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

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
 * with the project's own font (so every character prints) and the exercise illustrations. Images and
 * styles are read from the application's static files, never over the network.
 */
@Component
class WeekPdf {

	static final String TEMPLATE = "week/pdf";

	static final String FONT = "HipFlex Sans";

	private final ITemplateEngine templates;

	private final String stylesheet;

	WeekPdf(ITemplateEngine templates) {
		this.templates = templates;
		this.stylesheet = read("static/css/week-grid.css") + "\n" + read("static/css/week-pdf.css");
	}

	byte[] render(WeekService.Week week, Paper paper, String pageUrl, LocalDate printed, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("week", week);
		context.setVariable("pageUrl", pageUrl);
		context.setVariable("printed", printed);
		Document html = Jsoup.parse(templates.process(TEMPLATE, context));
		html.head().appendElement("style")
			.text("@page { size: " + paper.cssSize() + " landscape; margin: 10mm 10mm 14mm 10mm; "
					+ "@bottom-center { content: element(footer); } }\n" + stylesheet);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> resource("fonts/DejaVuSans.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> resource("fonts/DejaVuSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL,
					true);
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.useUriResolver((base, uri) -> staticFile(uri));
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
