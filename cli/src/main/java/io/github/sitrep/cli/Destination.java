package io.github.sitrep.cli;

import io.github.sitrep.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Where {@code sitrep parse} writes: standard output or one file (one stream for all
 * articles), or a folder (one file per article, named after the input).
 */
abstract class Destination implements Closeable {

  /**
   * Writes one article.
   *
   * @param input the input it was read from
   * @param article the article
   * @throws IOException if the output fails
   */
  abstract void write(Input input, Article article) throws IOException;

  /** @return whether each article gets an output of its own */
  abstract boolean perArticle();

  /**
   * @param out standard output; flushed, never closed
   * @param format the format
   * @return a destination writing to standard output
   * @throws IOException if the format's opening cannot be written
   */
  static Destination stdout(PrintWriter out, OutputFormat format) throws IOException {
    return new Stream(Sinks.open(format, new StdoutWriter(out)));
  }

  /**
   * @param file the file, created or replaced
   * @param format the format
   * @return a destination writing to that file
   * @throws IOException if it cannot be created
   */
  static Destination file(Path file, OutputFormat format) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new Stream(Sinks.open(format, Files.newBufferedWriter(file, StandardCharsets.UTF_8)));
  }

  /**
   * @param dir the folder, created if needed
   * @param format the format
   * @return a destination writing one file per article into the folder
   * @throws IOException if the folder cannot be created
   */
  static Destination folder(Path dir, OutputFormat format) throws IOException {
    Files.createDirectories(dir);
    return new Folder(dir, format);
  }

  /** One stream for every article. */
  private static final class Stream extends Destination {
    private final ArticleSink sink;

    Stream(ArticleSink sink) {
      this.sink = sink;
    }

    @Override
    void write(Input input, Article article) throws IOException {
      sink.write(article);
    }

    @Override
    boolean perArticle() {
      return false;
    }

    @Override
    public void close() throws IOException {
      sink.close();
    }
  }

  /** One file per article; a name already used gets a number. */
  private static final class Folder extends Destination {
    private final Path dir;
    private final OutputFormat format;
    private final Set<String> used = new HashSet<>();

    Folder(Path dir, OutputFormat format) {
      this.dir = dir;
      this.format = format;
    }

    @Override
    void write(Input input, Article article) throws IOException {
      Path file = dir.resolve(freeName(input.stem()) + "." + format.extension());
      try (ArticleSink sink = Sinks.open(format, Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
        sink.write(article);
      }
    }

    private String freeName(String stem) {
      String name = stem;
      for (int n = 2; !used.add(name); n++) {
        name = stem + "-" + n;
      }
      return name;
    }

    @Override
    boolean perArticle() {
      return true;
    }

    @Override
    public void close() {
      // each file is closed when written
    }
  }

  /** Standard output as a writer that flushes instead of closing and reports a closed pipe. */
  private static final class StdoutWriter extends Writer {
    private final PrintWriter out;

    StdoutWriter(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(char[] buf, int off, int len) {
      out.write(buf, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
      if (out.checkError()) {
        throw new IOException("standard output was closed");
      }
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
