package io.github.sitrep.parser.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.parser.ArticleMetadata;
import io.github.sitrep.parser.ArticleParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of {@code src/test/resources/nasty}: the parser never throws on it, read as
 * UTF-8 or as ISO-8859-1, with or without a publication date, and its result is sound.
 */
class NastyInputsTest {

  private static final ArticleParser PARSER = ArticleParser.builder().build();
  private static final ArticleMetadata PUBLISHED =
      ArticleMetadata.builder().published(LocalDate.of(2017, 12, 11)).build();

  static Stream<Path> files() throws IOException, URISyntaxException {
    Path folder = Path.of(NastyInputsTest.class.getResource("/nasty").toURI());
    return Files.list(folder).filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
        .toList().stream();
  }

  @ParameterizedTest
  @MethodSource("files")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void neverThrowsAndValidatesClean(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    for (String text : List.of(utf8(bytes), new String(bytes, StandardCharsets.ISO_8859_1))) {
      ParseChecks.sound(text, PARSER.parse(text));
      ParseChecks.sound(text, PARSER.parse(text, PUBLISHED));
    }
  }

  @Test
  void theFolderHoldsTheInputs() throws IOException, URISyntaxException {
    assertThat(files().count()).isGreaterThanOrEqualTo(50);
  }

  private static String utf8(byte[] bytes) throws IOException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .decode(ByteBuffer.wrap(bytes)).toString();
  }
}
