/// The kinds of model object Lua sees as userdata, each with its own metatable.
enum ObjectKind: UInt8, CaseIterable, Sendable {
  case corpus, article, sentence, token, tokenList, entity, quote, place, corpusEntity
  /// An article's geographic focus (`Article:focus`), and a gazetteer record by its index
  /// (`lede.gazetteer.lookup`; `article` unused).
  case focus, gazetteerPlace

  /// The metatable's `__name`, which error messages and `tostring` show.
  var typeName: String {
    switch self {
    case .corpus: "Corpus"
    case .article: "Article"
    case .sentence: "Sentence"
    case .token: "Token"
    case .tokenList: "TokenList"
    case .entity: "Entity"
    case .quote: "Quote"
    case .place: "Place"
    case .corpusEntity: "CorpusEntity"
    case .focus: "Focus"
    case .gazetteerPlace: "GazetteerPlace"
    }
  }
}

/// What a model userdata holds: 12 bytes naming an object, never a Swift reference, so Lua can
/// make and drop millions of them without retain traffic or finalizers.
struct ObjectRef: Equatable, Sendable {
  var kind: ObjectKind
  /// Index of the article in the bridge's store (for a corpus view, unused; for a corpus
  /// entity, the resolution it belongs to).
  var article: Int32
  /// Index of the item inside the article (sentence, token, entity, …), or the view for a corpus.
  var index: Int32
}
