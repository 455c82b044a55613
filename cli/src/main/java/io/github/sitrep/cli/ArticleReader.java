package io.github.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an article's text as strict UTF-8, without a byte order mark. Refuses, before
 * reading it, a file too large to hold at most the given number of characters.
 */
final class ArticleReader {

  /** UTF-8 needs at most three bytes for one UTF-16 character. */
  private static final long MAX_BYTES_PER_CHAR = 3;

  private final int maxChars;
  private final InputStream stdin;

  ArticleReader(int maxChars, InputStream stdin) {
    this.maxChars = maxChars;
    this.stdin = stdin;
  }

  /**
   * @param input what to read
   * @return the text
   * @throws IOException if it cannot be read, is not UTF-8, or is far over the limit
   */
  String read(Input input) throws IOException {
    long limit = MAX_BYTES_PER_CHAR * maxChars;
    byte[] bytes;
    if (input.path().isPresent()) {
      Path path = input.path().get();
      long size = Files.size(path);
      if (size > limit) {
        throw tooLarge(size + " bytes");
      }
      bytes = Files.readAllBytes(path);
    } else {
      bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw tooLarge("more than " + limit + " bytes");
      }
    }
    return stripBom(decode(bytes));
  }

  private IOException tooLarge(String size) {
    return new IOException("input has " + size + ", more than an article of at most "
        + maxChars + " characters can have; raise the limit with --max-chars");
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes)).toString();
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
