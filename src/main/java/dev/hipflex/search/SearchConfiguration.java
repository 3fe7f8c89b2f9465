package dev.hipflex.search;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	SearchService searchService(List<SearchDocumentProvider> providers) {
		return new SearchService(providers);
	}

}
