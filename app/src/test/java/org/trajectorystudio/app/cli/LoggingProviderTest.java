package org.trajectorystudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

/** The studio ships an SLF4J provider: without one an export with an hf: tokenizer printed three SLF4J(W) lines. */
class LoggingProviderTest {
    @Test
    void anSlf4jProviderIsOnTheRuntimeClassPath() {
        assertThat(ServiceLoader.load(SLF4JServiceProvider.class).stream().map(provider -> provider.type().getName()))
                .contains("org.slf4j.nop.NOPServiceProvider");
    }
}
