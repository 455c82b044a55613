package io.github.sitrep.examples;

import io.github.sitrep.export.JsonLinesWriter;
import io.github.sitrep.model.Article;
import io.github.sitrep.parser.ArticleMetadata;
import io.github.sitrep.parser.ArticleParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Parses every {@code .txt} file of a folder on several threads that share one parser, and
 * writes the articles as JSON Lines in file-name order.
 *
 * <p>A built {@link ArticleParser} is immutable and thread-safe: build it once and share it.
 * The {@link JsonLinesWriter} is not, so only this thread writes.
 *
 * <pre>
 * java io.github.sitrep.examples.ParseFolderInParallel seeds/dev articles.jsonl
 * </pre>
 */
public final class ParseFolderInParallel {

  private ParseFolderInParallel() {}

  /**
   * @param args the folder, the output file, and optionally the number of threads
   * @throws Exception if a file cannot be read or written
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: ParseFolderInParallel FOLDER OUT.jsonl [THREADS]");
      return;
    }
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    int written = run(Path.of(args[0]), Path.of(args[1]), threads);
    System.out.println(written + " articles written to " + args[1]);
  }

  /**
   * @param folder a folder of articles, one per {@code .txt} file
   * @param out the JSON Lines file to write
   * @param threads how many threads parse at once
   * @return the number of articles written
   * @throws IOException if a file cannot be read or written
   * @throws InterruptedException if interrupted while waiting for the threads
   */
  public static int run(Path folder, Path out, int threads) throws IOException, InterruptedException {
    List<Path> files = articles(folder);
    ArticleParser parser = ArticleParser.builder().build();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Article>> parsed = new ArrayList<>();
      for (Path file : files) {
        parsed.add(pool.submit(() -> parse(parser, file)));
      }
      try (JsonLinesWriter lines = new JsonLinesWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
        for (Future<Article> article : parsed) {
          lines.write(article.get());
        }
      }
      return parsed.size();
    } catch (ExecutionException e) {
      throw new IOException("an article could not be parsed", e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private static Article parse(ArticleParser parser, Path file) {
    try {
      String name = file.getFileName().toString();
      String id = name.substring(0, name.length() - ".txt".length());
      ArticleMetadata metadata = ArticleMetadata.builder().id(id).build();
      return parser.parse(Files.readString(file, StandardCharsets.UTF_8), metadata).getArticle();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param folder a folder
   * @return its {@code .txt} files, sorted by name
   * @throws IOException if it cannot be listed
   */
  static List<Path> articles(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
          .collect(Collectors.toList());
    }
  }
}
