package dev.hipflex.routine;

import java.time.LocalDate;
import java.util.Locale;

import dev.hipflex.account.RunnerZone;
import dev.hipflex.system.BaseUrl;

import org.springframework.stereotype.Service;

/**
 * The runner's week as a handout to print (issue 19): for the fridge, and for the clinic with the QR code of a
 * share link. It is the week the clinician's summary shows ({@link WeekService#weekFor}), laid out by
 * {@link WeekPdf} and in turn with every other PDF ({@link PdfRenders}). Which link goes on the clinic's copy is
 * the share module's to check; this module only prints the address it is given.
 */
@Service
public class WeekHandouts {

	/** A share link to print as a QR code: its address, its label and the last day it works. */
	public record ClinicLink(String url, String label, LocalDate worksUntil) {
	}

	private final WeekService weeks;

	private final WeekPdf pdf;

	private final PdfRenders renders;

	private final RunnerZone zones;

	private final BaseUrl baseUrl;

	WeekHandouts(WeekService weeks, WeekPdf pdf, PdfRenders renders, RunnerZone zones, BaseUrl baseUrl) {
		this.weeks = weeks;
		this.pdf = pdf;
		this.renders = renders;
		this.zones = zones;
		this.baseUrl = baseUrl;
	}

	/** The fridge's copy: no QR code and no link but the week page's address. */
	public byte[] fridge(long accountId, Paper paper, Locale locale) {
		return handout(accountId, paper, null, locale);
	}

	/** The clinic's copy, with the QR code of the link; the caller has checked it is the runner's and works. */
	public byte[] clinic(long accountId, Paper paper, ClinicLink link, Locale locale) {
		return handout(accountId, paper, link, locale);
	}

	private byte[] handout(long accountId, Paper paper, ClinicLink link, Locale locale) {
		WeekService.Week week = weeks.weekFor(accountId);
		LocalDate today = zones.today(accountId);
		String page = baseUrl.of(RoutineUrls.MY_WEEK);
		return renders.render(() -> pdf.handout(week, paper, page, today, link, locale));
	}

}
