package org.companyunification.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentConfigTest {

    @TempDir
    Path directory;

    @Test
    void shouldReadEveryAttributeOfAnEnvironment() throws IOException {
        Path file = write("env.staging.url=jdbc:postgresql://db:5432/projects", "env.staging.user=tool",
                "env.staging.password-file=secrets/staging", "env.staging.production=TRUE",
                "env.dev.url=jdbc:h2:file:./dev");

        EnvironmentConfig config = EnvironmentConfig.load(file);

        assertThat(config.environments()).containsOnlyKeys("dev", "staging");
        assertThat(config.environment("staging")).isEqualTo(new NamedEnvironment("staging",
                "jdbc:postgresql://db:5432/projects", Optional.of("tool"),
                Optional.of(directory.resolve("secrets/staging")), true));
        assertThat(config.environment("dev")).isEqualTo(new NamedEnvironment("dev", "jdbc:h2:file:./dev",
                Optional.empty(), Optional.empty(), false));
    }

    @Test
    void shouldRefuseAnEnvironmentWithoutUrl() throws IOException {
        Path file = write("env.qa.user=tool");

        assertThatThrownBy(() -> EnvironmentConfig.load(file)).isInstanceOf(CliException.class)
                .hasMessage("environment 'qa' in " + file + " has no URL: add env.qa.url=JDBC_URL");
    }

    @Test
    void shouldRefuseAProductionFlagThatIsNotABoolean() throws IOException {
        Path file = write("env.prod.url=jdbc:h2:mem:x", "env.prod.production=yes please");

        assertThatThrownBy(() -> EnvironmentConfig.load(file)).isInstanceOf(CliException.class)
                .hasMessage("env.prod.production in " + file + " must be true or false, not 'yes please'");
    }

    @Test
    void shouldRefuseAMistypedKey() throws IOException {
        Path file = write("env.prod.url=jdbc:h2:mem:x", "env.prod.usr=tool");

        assertThatThrownBy(() -> EnvironmentConfig.load(file)).isInstanceOf(CliException.class)
                .hasMessageStartingWith("unknown key 'env.prod.usr' in " + file);
    }

    private Path write(String... lines) throws IOException {
        return Files.write(directory.resolve("company-cli.properties"), List.of(lines));
    }
}
