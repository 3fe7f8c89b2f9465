package dev.hipflex;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HipFlexApplication {

	public static void main(String[] args) {
		SpringApplication.run(HipFlexApplication.class, args);
	}

}
