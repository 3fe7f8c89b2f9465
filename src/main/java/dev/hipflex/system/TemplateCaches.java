package dev.hipflex.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * A larger expression cache for the web pages' template engine.
 * <p>
 * Thymeleaf keeps each parsed expression (and the Spring expression inside it, which Spring compiles to bytecode
 * after a hundred runs) in one cache of 500 entries by default. HipFlex's templates hold about 2,900 different
 * expressions, each taking one entry or more, and the benchmark's seven pages alone filled 1,302 entries, so with
 * the default the pages pushed each other's expressions out and parsed them again (docs/performance.md, "Fourth
 * pass"). Spring Boot has no property for it, so this sets it on the engine before
 * the engine first runs. The entries are soft references, as by default: the collector may still drop them when
 * the heap runs short.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

	/** Room for every expression of every template, with a margin. */
	static final int EXPRESSION_CACHE_SIZE = 8000;

	@Bean
	static BeanPostProcessor templateExpressionCache() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setExpressionCacheMaxSize(EXPRESSION_CACHE_SIZE);
					caches.setExpressionCacheInitialSize(1000);
					engine.setCacheManager(caches);
				}
				return bean;
			}

		};
	}

}
