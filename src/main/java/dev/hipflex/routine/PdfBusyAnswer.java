package dev.hipflex.routine;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every PDF render was taken for as long as a caller waits ({@link PdfRenders}): the error page, asking to come
 * back. Advice for every controller, as the clinic's handout is asked for on the share module's page.
 */
@ControllerAdvice
class PdfBusyAnswer {

	@ExceptionHandler(PdfRenders.Busy.class)
	ModelAndView busy(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(PdfRenders.RETRY_AFTER_SECONDS));
		ModelAndView page = new ModelAndView("error", HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		page.addObject("messageKey", "week.pdf.busy");
		page.addObject("messageArguments", new Object[] { PdfRenders.RETRY_AFTER_SECONDS });
		return page;
	}

}
