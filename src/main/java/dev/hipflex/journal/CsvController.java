package dev.hipflex.journal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.hipflex.account.CurrentRunner;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.io.input.BOMInputStream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class CsvController {

	static final String IMPORT_VIEW = "journal/import";

	static final String EXPORT = "/journal/export.csv";

	static final String IMPORT = "/journal/import";

	/** How long an import waits for one of the {@link JournalLimits#IMPORTS_AT_ONCE} places. */
	static final Duration IMPORT_WAIT = Duration.ofSeconds(20);

	private final CsvService csv;

	/** Imports hold a file's sessions in memory while they check it, so only a few run at once. */
	private final Semaphore imports = new Semaphore(JournalLimits.IMPORTS_AT_ONCE);

	/** Runners with an import running: one each, so no runner can take every place. */
	private final Set<Long> importing = ConcurrentHashMap.newKeySet();

	private final Clock clock;

	CsvController(CsvService csv, Clock clock) {
		this.csv = csv;
		this.clock = clock;
	}

	@GetMapping(EXPORT)
	void export(@AuthenticationPrincipal CurrentRunner runner, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("hipflex-journal-" + LocalDate.now(clock) + ".csv")
			.build()
			.toString());
		csv.export(runner.id(), response.getWriter());
	}

	@GetMapping(IMPORT)
	String importForm(Model model) {
		model.addAttribute("columns", String.join(",", CsvFormat.HEADER));
		return IMPORT_VIEW;
	}

	@PostMapping(IMPORT)
	String importCsv(@AuthenticationPrincipal CurrentRunner runner,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException, InterruptedException {
		if (file == null || file.isEmpty()) {
			return refused(model, response, "csv.noFile");
		}
		if (!importing.add(runner.id())) {
			return busy(model, response, "csv.busy.runner", HttpStatus.TOO_MANY_REQUESTS);
		}
		CsvService.ImportOutcome outcome;
		try {
			if (!imports.tryAcquire(IMPORT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				return busy(model, response, "csv.busy", HttpStatus.SERVICE_UNAVAILABLE);
			}
			try (Reader reader = utf8(file.getInputStream())) {
				outcome = csv.importCsv(runner.id(), reader);
			}
			finally {
				imports.release();
			}
		}
		finally {
			importing.remove(runner.id());
		}
		if (!outcome.read().ok()) {
			return refused(model, response, outcome.read().problems(), outcome.read().more());
		}
		redirect.addFlashAttribute("message", "csv.imported");
		redirect.addFlashAttribute("messageArguments", new Object[] { outcome.imported(), outcome.skipped() });
		return "redirect:/journal";
	}

	/** Refused before the file was read (no file, no room): the message alone, without a count of the file's problems. */
	private static String refused(Model model, HttpServletResponse response, String key) {
		String page = refused(model, response, List.of(new CsvReader.Problem(0, key, List.of(0))), false);
		model.addAttribute("problemCount", 0);
		return page;
	}

	/** No room for the import now: asked to try again in a little while. */
	private static String busy(Model model, HttpServletResponse response, String key, HttpStatus status) {
		String page = refused(model, response, key);
		response.setStatus(status.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, "30");
		return page;
	}

	private static String refused(Model model, HttpServletResponse response, List<CsvReader.Problem> problems,
			boolean more) {
		model.addAttribute("columns", String.join(",", CsvFormat.HEADER));
		model.addAttribute("problems", problems);
		model.addAttribute("problemCount", problems.size());
		model.addAttribute("moreProblems", more);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return IMPORT_VIEW;
	}

	/** Reads strictly as UTF-8 (a spreadsheet's byte order mark is skipped); other encodings are refused. */
	private static Reader utf8(InputStream in) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		return new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(), decoder);
	}

}
