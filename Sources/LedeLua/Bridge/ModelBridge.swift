import CLua
import CLuaShim
import LedeAnalysis
import LedeCore

/// Shows the article model to Lua: `corpus`, articles, sentences, tokens, entities, quotes and
/// places as read-only userdata, and `lede.parse` / `lede.load` to add articles.
///
/// Userdata hold indices into the bridge's store, not Swift references, so creating one costs
/// one small Lua allocation. A bridge belongs to one session and is used on its thread.
package final class ModelBridge: @unchecked Sendable {
  /// Every article Lua can reach: the corpus first, then those made by `lede.parse`.
  private(set) var store: [Article] = []
  /// Corpus views, as lists of store indices; view 0 is the whole session.
  var views: [[Int32]] = [[]]
  /// How `lede.load` reads files.
  package var loader = ArticleLoader()
  /// Every file `lede.load` read, for the host to keep its outputs off them.
  package var loadedFiles: [String] = []
  /// Problems `lede.load` met, for the host to print.
  package var loadIssues: [LoadIssue] = []
  /// Called for every issue `lede.load` meets (the shell prints them as they come).
  package var onLoadIssue: ((LoadIssue) -> Void)?
  /// Metatables by kind, kept in the registry.
  var metatables: [LuaReference] = []
  /// The article Lua touched last (store index, or -1): the one being processed when an error
  /// is reported. Recorded as a number on the hot path; named only when an error needs it.
  /// It lives in the field cache's block, which cached reads update without entering Swift.
  var current: Int32 {
    get { fieldCache.pointee.current }
    set { fieldCache.pointee.current = newValue }
  }
  /// Shared with the article `__index` of the shim (see `ModelBridge+FieldCache.swift`).
  let fieldCache: UnsafeMutablePointer<lede_field_cache>
  /// The cached article fields: field name → (store index + 1 → value), in the registry.
  var fieldColumns: LuaReference?
  /// The article objects of each view, made once (see `pushList(of:)`).
  var viewLists: [Int: LuaReference] = [:]
  /// Methods by kind: a table name → function, kept in the registry.
  var methods: [LuaReference] = []
  /// The articles read during the current command, for `.timer`.
  var counter = ArticleCounter()
  /// The session's corpus, for duplicate detection on `lede.load`.
  package private(set) var corpus: Corpus
  /// The corpus-wide entities, made on first use and again after articles or aliases change.
  var resolvedEntities: CorpusEntities?
  /// Lists of corpus entities Lua has seen (`CorpusEntity` objects index into one of them).
  var entityLists: [[CorpusEntity]] = []
  /// The sentence tones of the article whose sentence was scored last (store index, or -1),
  /// for `s:sentiment()` in a loop over an article's sentences: the article's cache look-up
  /// (a lock, a `String` key and a cast) was about 1,600 instructions a sentence. Articles never
  /// change once in the store, so this is never stale.
  var lastSentenceTones: (article: Int32, tones: [SentimentScores]) = (-1, [])

  /// A bridge over `corpus`.
  package init(corpus: Corpus) {
    fieldCache = .allocate(capacity: 1)
    fieldCache.initialize(
      to: lede_field_cache(
        current: -1, enabled: 1, ref_size: MemoryLayout<ObjectRef>.size,
        article_offset: MemoryLayout<ObjectRef>.offset(of: \ObjectRef.article) ?? 4))
    self.corpus = corpus
    store = corpus.articles
    views = [Array(0..<Int32(store.count))]
  }

  deinit { fieldCache.deallocate() }

  /// The articles of the session, in order.
  package var articles: [Article] { corpus.articles }

  /// Adds articles to the session (duplicates load once); returns how many were new.
  package func add(_ loaded: [Article]) -> (added: Int, notes: [LoadIssue]) {
    var added = 0
    var notes: [LoadIssue] = []
    for article in loaded {
      if let first = corpus.add(article) {
        let path = article.metadata.path ?? "-"
        let message =
          first.metadata.path == path
          ? "already loaded" : "same content as \(first.metadata.path ?? first.id); loaded once"
        notes.append(LoadIssue(path: path, message, severity: .note, kind: "duplicate"))
        continue
      }
      views[0].append(Int32(store.count))
      store.append(article)
      added += 1
    }
    if added > 0 { resolvedEntities = nil }
    // The whole-corpus list is stale now; it is rebuilt on next use (the old one is dropped
    // from the registry when the session next makes a list).
    viewLists[0] = nil
    return (added, notes)
  }

  /// Declares more names to be one entity (`lede.aliases`); entities are resolved again.
  func addAliases(_ aliases: EntityAliases) {
    corpus.aliases.add(aliases)
    resolvedEntities = nil
  }

  /// The corpus-wide entities of the session as it is now.
  var entities: CorpusEntities {
    if let resolvedEntities { return resolvedEntities }
    let made = corpus.entities
    resolvedEntities = made
    return made
  }

  /// Keeps an article that is not in the corpus (`lede.parse`) and returns its store index.
  func keep(_ article: Article) -> Int32 {
    store.append(article)
    return Int32(store.count - 1)
  }

  func article(_ ref: ObjectRef) -> Article { store[Int(ref.article)] }

  // MARK: Userdata

  /// Pushes a new userdata for `ref` with its kind's metatable (host mode).
  func push(_ ref: ObjectRef, on stack: LuaStack, session: LuaSession) {
    guard let raw = lua_newuserdatauv(stack.L, MemoryLayout<ObjectRef>.size, 0) else { return }
    raw.bindMemory(to: ObjectRef.self, capacity: 1).initialize(to: ref)
    session.push(metatables[Int(ref.kind.rawValue)], on: stack)
    lua_setmetatable(stack.L, -2)
  }

  /// Pushes the article an item belongs to (the `article` field of sentences, entities, …).
  func pushArticle(_ article: Int32, _ call: HostCall) {
    push(
      ObjectRef(kind: .article, article: article, index: 0), on: call.stack, session: call.session)
  }

  /// The object at `index`, if it is one of ours (of `kind`, when given).
  func object(at index: Int32, on stack: LuaStack, session: LuaSession, kind: ObjectKind? = nil)
    -> ObjectRef?
  {
    guard lua_type(stack.L, index) == LUA_TUSERDATA,
      lua_rawlen(stack.L, index) == MemoryLayout<ObjectRef>.size,
      let raw = lua_touserdata(stack.L, index), lua_checkstack(stack.L, 2) != 0
    else { return nil }
    let ref = raw.assumingMemoryBound(to: ObjectRef.self).pointee
    if let kind, ref.kind != kind { return nil }
    // The size alone could match someone else's userdata: the metatable must be ours.
    guard lua_getmetatable(stack.L, index) != 0 else { return nil }
    session.push(metatables[Int(ref.kind.rawValue)], on: stack)
    let ours = lua_rawequal(stack.L, -1, -2) != 0
    stack.pop(2)
    return ours ? ref : nil
  }

  /// The object a metamethod was called on. Metamethods are reachable only through the
  /// metatables, which scripts cannot get at (`__metatable` is set), so the metatable check
  /// of `check` is skipped on this hot path: only the size and the kind are verified.
  func receiver(_ call: HostCall, _ kind: ObjectKind) throws(HostError) -> ObjectRef {
    let L = call.stack.L
    guard lua_type(L, 1) == LUA_TUSERDATA, lua_rawlen(L, 1) == MemoryLayout<ObjectRef>.size,
      let raw = lua_touserdata(L, 1)
    else { throw call.typeError(1, expected: kind.typeName) }
    let ref = raw.assumingMemoryBound(to: ObjectRef.self).pointee
    guard ref.kind == kind else { throw call.typeError(1, expected: kind.typeName) }
    return ref
  }

  /// The object that is argument `argument` of a call, or a lauxlib-style error.
  func check(_ call: HostCall, _ argument: Int32, _ kind: ObjectKind) throws(HostError) -> ObjectRef
  {
    guard let ref = object(at: argument, on: call.stack, session: call.session, kind: kind) else {
      throw call.typeError(argument, expected: kind.typeName)
    }
    return ref
  }
}
