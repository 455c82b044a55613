package io.github.sitrep.parser.internal.discourse;

import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Mention;
import io.github.sitrep.model.Span;
import io.github.sitrep.parser.internal.entity.Entities;
import io.github.sitrep.parser.internal.entity.EntityMention;
import io.github.sitrep.parser.internal.layout.Layout;
import io.github.sitrep.parser.internal.layout.Quote;
import java.util.Arrays;
import java.util.List;

/**
 * One article's text as the statement and event recognisers walk it: tokens, sentences,
 * paragraphs, rough clauses, entity mentions and quotations, all indexed by token. Built in
 * linear time; every look-up is constant or logarithmic. Not thread-safe; made per parse.
 */
public final class Discourse {

  /** Quotations of at most this many words are fragments inside the narration. */
  public static final int FRAGMENT_WORDS = 3;

  private final String text;
  private final List<Token> tokens;
  private final List<Span> sentences;
  private final List<Span> paragraphs;
  private final List<EntityMention> mentions;
  private final List<Quote> quotes;
  private final EntityClasses classes;
  private final int[] sentenceOf;
  private final int[] sentenceFrom;
  private final int[] sentenceTo;
  private final int[] paragraphOf;
  private final int[] mentionOf;
  private final int[] mentionFrom;
  private final int[] mentionTo;
  private final int[] quoteOf;
  private final int[] quoteFrom;
  private final int[] quoteTo;
  private final boolean[] fragment;
  private final int[] clauseStart;
  private final int[] clauseEnd;

  /**
   * @param text the article text
   * @param layout its layout
   * @param entities its entities
   */
  public Discourse(String text, Layout layout, Entities entities) {
    this.text = text;
    this.tokens = Tokenizer.tokenize(text);
    this.sentences = sentencesOf(text, layout);
    this.paragraphs = Cleaning.spans(layout.paragraphs(), text.length());
    this.mentions = Cleaning.mentions(entities.mentions(), text.length());
    this.quotes = Cleaning.quotes(layout.quotes(), text.length());
    this.classes = new EntityClasses(entities);
    int n = tokens.size();
    this.sentenceOf = new int[n];
    this.sentenceFrom = new int[sentences.size()];
    this.sentenceTo = new int[sentences.size()];
    this.paragraphOf = new int[sentences.size()];
    this.mentionOf = new int[n];
    this.mentionFrom = new int[mentions.size()];
    this.mentionTo = new int[mentions.size()];
    this.quoteOf = new int[n];
    this.quoteFrom = new int[quotes.size()];
    this.quoteTo = new int[quotes.size()];
    this.fragment = new boolean[quotes.size()];
    this.clauseStart = new int[n];
    this.clauseEnd = new int[n];
    index();
  }

  private static List<Span> sentencesOf(String text, Layout layout) {
    List<Span> s = Cleaning.spans(layout.sentences(), text.length());
    if (s.isEmpty()) {
      s = Cleaning.spans(layout.paragraphs(), text.length());
    }
    return s.isEmpty() && !text.isBlank() ? List.of(Span.of(0, text.length())) : s;
  }

  private void index() {
    Spans.assign(tokens, sentences, sentenceOf, sentenceFrom,
        sentenceTo);
    Spans.assign(tokens, mentions.stream().map(EntityMention::span).toList(), mentionOf,
        mentionFrom, mentionTo);
    Spans.assign(tokens, quotes.stream().map(Quote::outer).toList(), quoteOf, quoteFrom, quoteTo);
    for (int q = 0; q < quotes.size(); q++) {
      int words = 0;
      for (int t = quoteFrom[q]; t < quoteTo[q] && words <= FRAGMENT_WORDS; t++) {
        words += tokens.get(t).isWord() ? 1 : 0;
      }
      fragment[q] = words <= FRAGMENT_WORDS;
    }
    Arrays.fill(clauseStart, -1);
    Arrays.fill(clauseEnd, -1);
    for (int s = 0; s < sentences.size(); s++) {
      Clauses.mark(tokens, sentenceFrom[s], sentenceTo[s], clauseStart, clauseEnd);
    }
    Spans.containers(sentences, paragraphs, paragraphOf);
  }

  /** @return the article text */
  public String text() {
    return text;
  }

  /** @return the number of tokens */
  public int size() {
    return tokens.size();
  }

  /**
   * @param t a token index
   * @return the token
   */
  public Token token(int t) {
    return tokens.get(t);
  }

  /**
   * @param t a token index, possibly out of range
   * @return the token's normal form, or the empty string out of range
   */
  public String norm(int t) {
    return t >= 0 && t < tokens.size() ? tokens.get(t).norm() : "";
  }

  /** @return the number of sentences */
  public int sentenceCount() {
    return sentences.size();
  }

  /**
   * @param s a sentence index
   * @return its span
   */
  public Span sentence(int s) {
    return sentences.get(s);
  }

  /**
   * @param t a token index
   * @return the index of its sentence, or -1 when it is outside every sentence
   */
  public int sentenceOf(int t) {
    return t >= 0 && t < sentenceOf.length ? sentenceOf[t] : -1;
  }

  /**
   * @param s a sentence index
   * @return its first token
   */
  public int sentenceFrom(int s) {
    return sentenceFrom[s];
  }

  /**
   * @param s a sentence index
   * @return the token past its last one
   */
  public int sentenceTo(int s) {
    return sentenceTo[s];
  }

  /**
   * @param s a sentence index
   * @return the index of its paragraph, or -1
   */
  public int paragraphOf(int s) {
    return s >= 0 && s < paragraphOf.length ? paragraphOf[s] : -1;
  }

  /**
   * @param t a token index inside a sentence
   * @return the first token of its clause
   */
  public int clauseStart(int t) {
    return clauseStart[t];
  }

  /**
   * @param t a token index inside a sentence
   * @return the token past the end of its clause
   */
  public int clauseEnd(int t) {
    return clauseEnd[t];
  }

  /** @return the entity mentions, in order, without overlaps */
  public List<EntityMention> mentions() {
    return mentions;
  }

  /**
   * @param t a token index, possibly out of range
   * @return the index of the mention covering it, or -1
   */
  public int mentionAt(int t) {
    return t >= 0 && t < mentionOf.length ? mentionOf[t] : -1;
  }

  /**
   * @param m a mention index
   * @return its first token
   */
  public int mentionFrom(int m) {
    return mentionFrom[m];
  }

  /**
   * @param m a mention index
   * @return the token past its last one
   */
  public int mentionTo(int m) {
    return mentionTo[m];
  }

  /**
   * @param m a mention index
   * @return the entity it names
   */
  public EntityRef refOf(int m) {
    return mentions.get(m).ref();
  }

  /**
   * @param m a mention index
   * @return what kind of entity it names
   */
  public EntityClass classOf(int m) {
    return classes.classOf(mentions.get(m).ref());
  }

  /**
   * @param ref an entity
   * @return what kind of entity it is
   */
  public EntityClass classOf(EntityRef ref) {
    return classes.classOf(ref);
  }

  /**
   * A country named as the subject of a sentence ("Iran said", "Ethiopia and Eritrea
   * signed") stands for its government.
   *
   * @param m a mention index
   * @return whether the mention names a country
   */
  public boolean isCountry(int m) {
    return classes.isCountry(mentions.get(m).ref());
  }

  /**
   * @param inner a place
   * @param outer another place
   * @return whether the first lies inside the second, as the entities' parents tell
   */
  public boolean within(EntityRef inner, EntityRef outer) {
    return classes.within(inner, outer);
  }

  /**
   * @param ref a place
   * @return how fine it is: 0 for a country up to 4 for a city, village or site
   */
  public int placeLevel(EntityRef ref) {
    return classes.placeLevel(ref);
  }

  /**
   * @param ref an entity
   * @return whether it is a country
   */
  public boolean isCountry(EntityRef ref) {
    return classes.isCountry(ref);
  }

  /**
   * @param m a mention index
   * @return whether the mention names a state's armed or security force
   */
  public boolean isStateForce(int m) {
    return classes.isStateForce(mentions.get(m).ref());
  }

  /**
   * @param m a mention index
   * @return whether the mention names a non-state armed group, a militia or a designated group
   */
  public boolean isArmedGroup(int m) {
    return classes.isArmedGroup(mentions.get(m).ref());
  }

  /**
   * @param ref an entity
   * @return the force or organisation a person belongs to, when the entities tell
   */
  public java.util.Optional<EntityRef> affiliationOf(EntityRef ref) {
    return classes.affiliationOf(ref);
  }

  /**
   * @param ref an entity
   * @return its name, and for an actor its titles and role, as one text
   */
  public String descriptionOf(EntityRef ref) {
    return classes.descriptionOf(ref);
  }

  /**
   * @param ref an entity
   * @return its name, or the empty string
   */
  public String nameOf(EntityRef ref) {
    return classes.nameOf(ref);
  }

  /**
   * @param m a mention index
   * @return the mention as a model mention
   */
  public Mention textOf(int m) {
    Span s = mentions.get(m).span();
    return Mention.in(text, s.getStart(), s.getEnd());
  }

  /**
   * @param t a token index
   * @return the index of the last mention that starts before token t, or -1
   */
  public int mentionBefore(int t) {
    int offset = t < tokens.size() ? tokens.get(t).start() : text.length();
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).span().getStart() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  /** @return the quotations, in order, without overlaps */
  public List<Quote> quotes() {
    return quotes;
  }

  /**
   * @param t a token index, possibly out of range
   * @return the index of the quotation whose marks enclose it, or -1
   */
  public int quoteAt(int t) {
    return t >= 0 && t < quoteOf.length ? quoteOf[t] : -1;
  }

  /**
   * Whose voice a token is in: the quotation it stands in, unless that quotation is a short
   * fragment quoted inside the narration ("both sides "shook hands"").
   *
   * @param t a token index, possibly out of range
   * @return the index of the quotation, or -1 for the narration
   */
  public int voiceAt(int t) {
    int q = quoteAt(t);
    return q >= 0 && !fragment[q] ? q : -1;
  }

  /**
   * @param q a quotation index
   * @return the first token inside its marks (the opening mark, when it has one)
   */
  public int quoteFrom(int q) {
    return quoteFrom[q];
  }

  /**
   * @param q a quotation index
   * @return the token past its last (past the closing mark, when it has one)
   */
  public int quoteTo(int q) {
    return quoteTo[q];
  }

  /**
   * @param offset a character offset
   * @return the first token that starts at or after it; {@link #size()} when none does
   */
  public int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * @param from first token
   * @param to token past the last, greater than {@code from}
   * @return the text they cover
   */
  public Mention span(int from, int to) {
    return Mention.in(text, tokens.get(from).start(), tokens.get(to - 1).end());
  }
}
