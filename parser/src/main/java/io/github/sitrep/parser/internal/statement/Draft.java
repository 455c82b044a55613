package io.github.sitrep.parser.internal.statement;

import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.StatementMode;
import java.util.Optional;

/**
 * A statement being put together, before ids and dates are given.
 *
 * @param contentFrom first token of the content
 * @param contentTo token past the content's last
 * @param mode direct, indirect or mixed
 * @param speaker who spoke
 * @param cue the cue, or {@code null} for a quotation that continues an earlier one
 * @param addressee the addressee, when known
 * @param addresseeMention the words naming the addressee
 */
record Draft(int contentFrom, int contentTo, StatementMode mode, Speaker speaker, Cue cue,
    Optional<EntityRef> addressee, Optional<Mention> addresseeMention) {

  /** A draft without addressee. */
  Draft(int contentFrom, int contentTo, StatementMode mode, Speaker speaker, Cue cue) {
    this(contentFrom, contentTo, mode, speaker, cue, Optional.empty(), Optional.empty());
  }

  /** @return the first token of the cue or the content, whichever comes first */
  int firstToken() {
    return cue == null ? contentFrom : Math.min(cue.from(), contentFrom);
  }

  /**
   * @param a an addressee
   * @return this draft with that addressee
   */
  Draft with(Addressee a) {
    return new Draft(contentFrom, contentTo, mode, speaker, cue, a.ref(), a.mention());
  }
}
