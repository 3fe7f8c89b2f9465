package dev.hipflex;

import dev.hipflex.system.AheadOfTimeCheck;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HipFlexApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(HipFlexApplication.class);
		application.addListeners(new AheadOfTimeCheck());
		application.run(args);
	}

}
