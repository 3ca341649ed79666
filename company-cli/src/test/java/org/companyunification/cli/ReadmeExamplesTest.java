package org.companyunification.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java example of README.md is a whole source file, imports included, that compiles against the published
 * jars (this module's test class path holds every module, {@code company-testing} among them, as an app has them).
 */
class ReadmeExamplesTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TYPE_NAME = Pattern.compile("(?m)^(?:public )?(?:final )?(?:class|record|interface) (\\w+)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");

    static List<String> examples() throws IOException {
        String readme = Files.readString(readme(), StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        Matcher matcher = JAVA_BLOCK.matcher(readme);
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        assertThat(blocks).as("Java examples in README.md").hasSizeGreaterThanOrEqualTo(4);
        return blocks;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void shouldCompileAsAWholeSourceFileWithItsImports(String example, @TempDir Path sources) throws IOException {
        assertThat(example).as("a README example starts with its package or imports")
                .matches("(?s)(package|import) .*");
        Matcher type = TYPE_NAME.matcher(example);
        assertThat(type.find()).as("a README example declares a class:%n%s", example).isTrue();
        Matcher pkg = PACKAGE.matcher(example);
        Path directory = pkg.find() ? sources.resolve(pkg.group(1).replace('.', '/')) : sources;
        Files.createDirectories(directory);
        Path source = directory.resolve(type.group(1) + ".java");
        Files.writeString(source, example, StandardCharsets.UTF_8);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = compiler.getTask(diagnostics, null, null,
                List.of("-classpath", classPath(), "-d", sources.resolve("classes").toString(), "-proc:none",
                        "-Xlint:none"),
                null, compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                        .getJavaFileObjects(source)).call();

        assertThat(compiled).as("README example does not compile:%n%s%n%s", example, diagnostics).isTrue();
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static Path readme() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null) {
            Path candidate = directory.resolve("README.md");
            if (Files.isRegularFile(candidate) && Files.isDirectory(directory.resolve("company-cli"))) {
                return candidate;
            }
            directory = directory.getParent();
        }
        throw new UncheckedIOException(new IOException("README.md not found above " + Path.of("").toAbsolutePath()));
    }
}
