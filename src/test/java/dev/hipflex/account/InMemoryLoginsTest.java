package dev.hipflex.account;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link LoginsTest} with the default session store: the servlet container's memory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InMemoryLoginsTest extends LoginsTest {

}
