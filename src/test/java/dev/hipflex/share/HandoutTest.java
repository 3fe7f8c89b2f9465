package dev.hipflex.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doAnswer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import dev.hipflex.DateSensitive;
import dev.hipflex.RunnerData;
import dev.hipflex.account.AccountService;
import dev.hipflex.exercise.Dose;
import dev.hipflex.share.ShareLinkTest.Runner;
import dev.hipflex.routine.WeekService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.web.context.WebApplicationContext;

/**
 * The week's handout (issue 19): the clinic's copy carries the QR code of the runner's own live share link, which
 * a reader decodes to exactly that link; the fridge's copy has no QR code and no link. Another runner's link, a
 * revoked or expired one and anything that is not a link are refused, and nothing is made.
 */
@SpringBootTest(properties = "hipflex.base-url=https://hipflex.example")
@DateSensitive
@ExtendWith(OutputCaptureExtension.class)
class HandoutTest {

	static final String BASE = "https://hipflex.example/shared/";

	/** Where the test leaves the PDFs it read, to look at ({@code pdftoppm -png}). */
	static final Path OUT = Path.of("target", "handout");

	@Autowired
	WebApplicationContext context;

	@Autowired
	AccountService accounts;

	@Autowired
	WeekService weeks;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoSpyBean
	Clock clock;

	private Instant now;

	@BeforeEach
	void fixTheClock() {
		now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		doAnswer(invocation -> now).when(clock).instant();
	}

	@Test
	void theClinicCopyCarriesTheLinksQrCodeAndTheFridgeCopyNone(CapturedOutput output) throws Exception {
		Runner runner = runnerWithAWeek("handout");
		Document made = make(runner, "Dr Patel, physio", "1m");
		String link = made.select("#share-link").val();
		Element form = made.select("#share-created form[action=/account/shares/handout]").first();
		assertThat(form).as("the page that shows the new link offers its handout").isNotNull();
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.select("input[type=hidden][name=link]").val()).isEqualTo(link);
		assertThat(form.select("label[for=handout-created-paper]").text()).isEqualTo("Paper");

		MockHttpServletResponse clinic = runner.post("/account/shares/handout", "link", link, "paper", "a4");

		assertThat(clinic.getStatus()).isEqualTo(200);
		assertThat(clinic.getContentType()).isEqualTo("application/pdf");
		assertThat(clinic.getHeader("Cache-Control")).isEqualTo("private, no-store");
		assertThat(clinic.getHeader("Content-Disposition")).isEqualTo(
				"attachment; filename=\"hipflex-clinic-handout-a4.pdf\"");
		byte[] clinicPdf = clinic.getContentAsByteArray();
		keep("clinic-a4.pdf", clinicPdf);
		try (PDDocument pdf = Loader.loadPDF(clinicPdf)) {
			assertOnePortraitA4WithTheWeek(pdf, runner);
			assertThat(embeddedQrCodes(pdf)).as("the one image, the QR code, decoded").containsExactly(link);
			assertThat(printedQrCodes(pdf)).as("the code as printed, read off the page").containsExactly(link);
			assertThat(text(pdf)).contains("For your clinician", "Dr Patel, physio");
		}
		assertThat(jdbc.queryForObject("select last_opened_at from share_link where account_id = ?",
				LocalDateTime.class, runner.id()))
			.as("the runner making a handout is not the clinician opening the link")
			.isNull();

		MockHttpServletResponse fridge = runner.get("/my/week/handout.pdf?paper=a4");

		assertThat(fridge.getStatus()).isEqualTo(200);
		assertThat(fridge.getContentType()).isEqualTo("application/pdf");
		assertThat(fridge.getHeader("Cache-Control")).isEqualTo("private, no-store");
		assertThat(fridge.getHeader("Content-Disposition")).contains("hipflex-handout-a4.pdf");
		keep("fridge-a4.pdf", fridge.getContentAsByteArray());
		try (PDDocument pdf = Loader.loadPDF(fridge.getContentAsByteArray())) {
			assertOnePortraitA4WithTheWeek(pdf, runner);
			assertThat(embeddedQrCodes(pdf)).isEmpty();
			assertThat(printedQrCodes(pdf)).isEmpty();
			String text = text(pdf);
			assertThat(text).contains("For the fridge").doesNotContain("/shared", "Dr Patel");
			assertThat(text.replaceAll("\\s", "")).doesNotContain(token(link));
		}
		try (PDDocument letter = Loader.loadPDF(runner.get("/my/week/handout.pdf?paper=letter").getContentAsByteArray())) {
			assertThat(Math.round(letter.getPage(0).getMediaBox().getWidth())).isEqualTo(612);
			assertThat(Math.round(letter.getPage(0).getMediaBox().getHeight())).isEqualTo(792);
		}

		Document week = runner.page("/my/week");
		assertThat(week.select("#handouts a[href=/my/week/handout.pdf?paper=a4]")).hasSize(1);
		assertThat(week.select("#handouts a[href=/my/week/handout.pdf?paper=letter]")).hasSize(1);
		Element paste = week.select("#handouts form[action=/account/shares/handout]").first();
		assertThat(paste.attr("method")).isEqualTo("post");
		assertThat(paste.select("label[for=handout-link]").text()).isEqualTo("Your share link");
		assertThat(paste.select("input#handout-link[name=link]").attr("autocomplete")).isEqualTo("off");
		MockHttpServletResponse pasted = runner.post("/account/shares/handout", "link", "  " + link + "\n");
		assertThat(pasted.getStatus()).as("a pasted link, with the spaces around it").isEqualTo(200);
		try (PDDocument pdf = Loader.loadPDF(pasted.getContentAsByteArray())) {
			assertThat(embeddedQrCodes(pdf)).containsExactly(link);
		}
		assertThat(runner.post("/account/shares/handout", "link", token(link)).getStatus())
			.as("the token alone").isEqualTo(200);

		assertThat(output.getAll()).as("the token is in no log").doesNotContain(token(link));
	}

	@Test
	void anotherRunnersLinkIsRefusedAndNothingIsMade() throws Exception {
		Runner owner = runnerWithAWeek("owner");
		String link = make(owner, "Dr Patel", "3m").select("#share-link").val();
		Runner other = runnerWithAWeek("other");
		Map<String, Object> owners = RunnerData.snapshot(jdbc, owner.id());

		MockHttpServletResponse refused = other.post("/account/shares/handout", "link", link);

		assertRefused(refused, 404, link);
		assertThat(RunnerData.snapshot(jdbc, owner.id())).isEqualTo(owners);
	}

	@Test
	void badLinksAreRefusedWithAMessageAndNothingLeaks() throws Exception {
		Runner runner = runnerWithAWeek("badlinks");
		String link = make(runner, "Dr Patel", "2w").select("#share-link").val();
		String token = token(link);
		Map<String, Object> before = RunnerData.snapshot(jdbc, runner.id());

		for (String bad : List.of("", "   ", "garbage", "x", link.substring(0, link.length() - 1), link + "x",
				link + "/", link.toUpperCase(Locale.ROOT), "http://evil.example/shared/" + token, BASE + "%2e%2e/" + token.substring(5))) {
			assertRefused(runner.post("/account/shares/handout", "link", bad), 400, link);
		}
		assertRefused(runner.post("/account/shares/handout"), 400, link);
		for (String notLive : List.of(BASE + token.toUpperCase(Locale.ROOT), BASE + token.toLowerCase(Locale.ROOT),
				BASE + new StringBuilder(token).reverse())) {
			assertRefused(runner.post("/account/shares/handout", "link", notLive), 404, link);
		}
		MockHttpServletResponse badPaper = runner.post("/account/shares/handout", "link", link, "paper", "a5");
		assertThat(badPaper.getStatus()).isEqualTo(400);
		assertThat(badPaper.getContentAsString(StandardCharsets.UTF_8)).contains("not a paper size")
			.doesNotContain(token);
		assertThat(RunnerData.snapshot(jdbc, runner.id())).isEqualTo(before);

		Instant expires = now.plus(14, ChronoUnit.DAYS);
		now = expires.minusSeconds(1);
		assertThat(runner.post("/account/shares/handout", "link", link).getStatus()).as("a second before").isEqualTo(200);
		now = expires;
		assertRefused(runner.post("/account/shares/handout", "link", link), 404, link);

		now = expires.minus(1, ChronoUnit.DAYS);
		long id = jdbc.queryForObject("select id from share_link where account_id = ?", Long.class, runner.id());
		assertThat(runner.post("/account/shares/" + id + "/revoke").getStatus()).isEqualTo(302);
		assertRefused(runner.post("/account/shares/handout", "link", link), 404, link);
	}

	private static void assertRefused(MockHttpServletResponse response, int status, String link) throws Exception {
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentType()).startsWith("text/html");
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("No handout was made").doesNotContain(token(link));
		if (status == 404) {
			assertThat(page).contains("not one of your share links that still work");
		}
	}

	private void assertOnePortraitA4WithTheWeek(PDDocument pdf, Runner runner) throws IOException {
		assertThat(pdf.getNumberOfPages()).as("the week on one sheet").isEqualTo(1);
		assertThat(Math.round(pdf.getPage(0).getMediaBox().getWidth())).isEqualTo(595);
		assertThat(Math.round(pdf.getPage(0).getMediaBox().getHeight())).isEqualTo(842);
		String text = text(pdf);
		assertThat(text).contains("My week", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "/my/week");
		assertThat(text.chars().filter(c -> c == '\u2610').count()).as("a box to tick per day").isEqualTo(7);
		List<String> exercises = new ArrayList<>();
		for (WeekService.GridGroup group : weeks.weekFor(runner.id()).grid()) {
			assertThat(text).contains(group.routine().getName());
			group.entries().forEach(entry -> exercises.add(entry.getExercise().getName() + " " + dose(entry.getDose())));
		}
		assertThat(exercises).hasSizeGreaterThan(5).allSatisfy(exercise -> assertThat(text).contains(exercise));
	}

	private String dose(Dose dose) {
		Dose.Text words = dose.text();
		return messages.getMessage(words.messageKey(), words.messageArguments(), Locale.ENGLISH);
	}

	private static String text(PDDocument pdf) throws IOException {
		return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
	}

	/** What each image of the PDF decodes to as a QR code. */
	private static List<String> embeddedQrCodes(PDDocument pdf) throws IOException {
		List<String> decoded = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			for (COSName name : page.getResources().getXObjectNames()) {
				PDXObject object = page.getResources().getXObject(name);
				if (object instanceof PDImageXObject image) {
					decode(image.getImage()).ifPresent(decoded::add);
				}
			}
		}
		return decoded;
	}

	/** Every QR code found on the pages as printed (150 dpi), wherever and however it was drawn. */
	private static List<String> printedQrCodes(PDDocument pdf) throws IOException {
		List<String> decoded = new ArrayList<>();
		PDFRenderer renderer = new PDFRenderer(pdf);
		for (int page = 0; page < pdf.getNumberOfPages(); page++) {
			BinaryBitmap bitmap = bitmap(renderer.renderImageWithDPI(page, 150));
			try {
				for (Result result : new QRCodeMultiReader().decodeMultiple(bitmap,
						Map.of(DecodeHintType.TRY_HARDER, true))) {
					decoded.add(result.getText());
				}
			}
			catch (NotFoundException none) {
				// no code on this page
			}
		}
		return decoded;
	}

	private static Optional<String> decode(BufferedImage image) {
		try {
			return Optional.of(new QRCodeReader().decode(bitmap(image), Map.of(DecodeHintType.PURE_BARCODE, true))
				.getText());
		}
		catch (ReaderException notACode) {
			return Optional.empty();
		}
	}

	private static BinaryBitmap bitmap(BufferedImage image) {
		return new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
	}

	private Runner runnerWithAWeek(String name) throws Exception {
		Runner runner = Runner.create(context, accounts, name);
		assertThat(runner.post("/my/week", "from", "recommended").getStatus()).isEqualTo(302);
		return runner;
	}

	/** Makes a share link: the page that shows it. */
	private static Document make(Runner runner, String label, String expiry) throws Exception {
		MockHttpServletResponse made = runner.post("/account/shares", "label", label, "expiry", expiry);
		assertThat(made.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(made.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#share-link").val()).startsWith(BASE);
		return page;
	}

	private static String token(String link) {
		return link.substring(BASE.length());
	}

	private static void keep(String name, byte[] pdf) throws IOException {
		Files.createDirectories(OUT);
		Files.write(OUT.resolve(name), pdf);
	}

}
