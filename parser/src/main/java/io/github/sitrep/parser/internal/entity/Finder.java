package io.github.sitrep.parser.internal.entity;

import java.util.List;

/** One rule that finds candidate mentions in a text. Stateless. */
interface Finder {

  /**
   * @param scan the text, read
   * @param out where to add candidates
   */
  void find(Scan scan, List<Candidate> out);
}
