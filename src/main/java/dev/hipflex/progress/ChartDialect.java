package dev.hipflex.progress;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives templates the charts' writer as the expression object {@code #charts} ({@link ChartMarkup}), as
 * {@code #temporals} is given. Spring Boot adds every dialect bean to the template engine. An expression object,
 * unlike a bean reference, may be used inside fragment expressions, where Thymeleaf restricts expressions.
 */
@Component
class ChartDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "charts";

	private final ChartMarkup markup;

	ChartDialect(ChartMarkup markup) {
		super("HipFlex charts");
		this.markup = markup;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? markup : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
