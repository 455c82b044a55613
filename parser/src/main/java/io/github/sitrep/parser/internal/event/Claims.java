package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.Statement;
import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.statement.CueKind;
import io.github.sitrep.parser.internal.statement.ReportingVerbs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The statements' contents, located by token: an event inside one is that speaker's claim. */
final class Claims {

  /**
   * A statement's content.
   *
   * @param from first token
   * @param to token past the last
   * @param id the statement id
   * @param denial whether the statement denies what it says
   */
  record Claim(int from, int to, String id, boolean denial) {}

  private final List<Claim> claims = new ArrayList<>();

  Claims(Discourse d, List<Statement> statements, ReportingVerbs verbs) {
    for (Statement s : statements) {
      int start = s.getContent().getSpan().getStart();
      int end = s.getContent().getSpan().getEnd();
      if (end > d.text().length() || start >= end) {
        continue;
      }
      boolean denial = s.getCue().flatMap(c -> verbs.kindOf(c.getText()))
          .map(k -> k == CueKind.DENY).orElse(false);
      claims.add(new Claim(d.tokenAtOrAfter(start), d.tokenAtOrAfter(end), s.getId(), denial));
    }
    claims.sort(Comparator.comparingInt(Claim::from));
  }

  /**
   * @param t a token
   * @return the claim whose content holds it, or {@code null}
   */
  Claim at(int t) {
    int lo = 0;
    int hi = claims.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (claims.get(mid).from() <= t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Claim c = lo > 0 ? claims.get(lo - 1) : null;
    return c != null && t < c.to() ? c : null;
  }
}
