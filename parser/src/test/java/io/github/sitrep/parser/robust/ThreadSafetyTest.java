package io.github.sitrep.parser.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sitrep.parser.ArticleMetadata;
import io.github.sitrep.parser.ArticleParser;
import io.github.sitrep.parser.ParseResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One parser shared by many threads, each going through the whole development corpus in its
 * own order several times, gives exactly the results one thread gets.
 */
class ThreadSafetyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 3;
  private static final ArticleMetadata METADATA =
      ArticleMetadata.builder().published(LocalDate.of(2017, 12, 11)).build();

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void sharedParserGivesTheResultsOfOneThread() throws Exception {
    List<String> texts = Corpus.all();
    List<ParseResult> expected = new ArrayList<>();
    ArticleParser single = ArticleParser.builder().build();
    for (String text : texts) {
      expected.add(single.parse(text, METADATA));
    }
    assertThat(expected).allSatisfy(r -> assertThat(r.getArticle().getText()).isNotEmpty());

    ArticleParser shared = ArticleParser.builder().build();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(pool.submit(worker(shared, texts, expected, new Random(t), start)));
      }
      start.countDown();
      for (Future<Integer> f : done) {
        assertThat(f.get(4, TimeUnit.MINUTES)).isEqualTo(texts.size() * ROUNDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Callable<Integer> worker(ArticleParser parser, List<String> texts,
      List<ParseResult> expected, Random random, CountDownLatch start) {
    return () -> {
      start.await();
      int compared = 0;
      for (int round = 0; round < ROUNDS; round++) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
          order.add(i);
        }
        Collections.shuffle(order, random);
        for (int i : order) {
          ParseResult got = parser.parse(texts.get(i), METADATA);
          assertThat(got).as("article %d", i).isEqualTo(expected.get(i));
          compared++;
        }
      }
      return compared;
    };
  }
}
