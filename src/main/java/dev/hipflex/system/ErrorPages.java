package dev.hipflex.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the exceptions controllers throw for bad URLs and parameters into the one error page, with a
 * status and a message a person can act on. Anything else reaches Boot's error handling, which renders
 * the same {@code error} template without internals, with the message a request attribute names when a
 * filter refused the request before any controller ({@link RefusedRequests}).
 */
@ControllerAdvice
class ErrorPages implements ErrorViewResolver {

	static final String VIEW = "error";

	/** The request attribute holding the key of the message for Boot's error page. */
	static final String MESSAGE_KEY = ErrorPages.class.getName() + ".messageKey";

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return page(HttpStatus.NOT_FOUND, "error.404.message", new Object[0]);
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex) {
		return page(HttpStatus.CONFLICT, ex.getMessageKey(), ex.getMessageArguments());
	}

	@ExceptionHandler(BadRequestException.class)
	ModelAndView badRequest(BadRequestException ex) {
		return page(HttpStatus.BAD_REQUEST, ex.getMessageKey(), ex.getMessageArguments());
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			HandlerMethodValidationException.class })
	ModelAndView unreadableParameter() {
		return page(HttpStatus.BAD_REQUEST, "error.400.parameter", new Object[0]);
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		return request.getAttribute(MESSAGE_KEY) instanceof String key ? page(status, key, new Object[0]) : null;
	}

	private static ModelAndView page(HttpStatus status, String messageKey, Object[] arguments) {
		ModelAndView page = new ModelAndView(VIEW, status);
		page.addObject("status", status.value());
		page.addObject("messageKey", messageKey);
		page.addObject("messageArguments", arguments);
		return page;
	}

}
