package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.session.SessionRepository;

/**
 * Without the postgres profile one process keeps its sessions in the servlet container's memory: Spring
 * Session is on the classpath but switched off, so the default run writes no session rows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DefaultSessionsTest {

	@Autowired
	ApplicationContext context;

	@Test
	void springSessionIsOffWithoutThePostgresProfile() {
		assertThat(context.getBeanNamesForType(SessionRepository.class)).isEmpty();
		assertThat(context.getEnvironment().getActiveProfiles()).doesNotContain("postgres");
	}

}
