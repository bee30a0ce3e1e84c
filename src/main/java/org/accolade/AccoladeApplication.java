package org.accolade;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class AccoladeApplication {

    public static void main(String[] args) {
        SpringApplication.run(AccoladeApplication.class, args);
    }

    /** Domain code takes time from this clock so that tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
