package dev.hipflex.account;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "Export everything" on the account page: the runner's data as one zip ({@link DataExport}). */
@Controller
class ExportController {

	static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final DataExport export;

	ExportController(DataExport export) {
		this.export = export;
	}

	@GetMapping(AccountUrls.EXPORT)
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentRunner runner) {
		return ResponseEntity.ok()
			.contentType(ZIP)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(export.fileName()).build().toString())
			.body(export.zip(runner.id()));
	}

}
