import CLua
import LedeCore

extension HostLibrary {
  /// `corpus`: a list of articles (`#`, indexing, `ipairs`), with views made by filtering and
  /// searching.
  static func corpusFunctions(_ bridge: ModelBridge) -> [HostFunction] {
    [
      HostFunction(
        name: "Corpus:__index", params: "i", result: "Article",
        help:
          "corpus[i] is the i-th article (an error past the end; corpus[#corpus + 1] is nil, so "
          + "ipairs stops); methods are looked up by name"
      ) { call throws(HostError) in
        let ref = try bridge.receiver(call, .corpus)
        let view = bridge.views[Int(ref.index)]
        if call.stack.type(at: 2) == LUA_TNUMBER, let i = call.stack.integer(at: 2) {
          guard i >= 1, i <= view.count else {
            // One past the end is how ipairs and `while corpus[i]` loops learn they are done.
            guard i == view.count + 1 else { throw .message(bridge.noArticle(i, in: ref)) }
            call.stack.pushNil()
            return 1
          }
          bridge.current = view[i - 1]
          bridge.pushList(of: ref, call)
          lua_rawgeti(call.stack.L, -1, lua_Integer(i))
          lua_rotate(call.stack.L, -2, 1)
          call.stack.pop()
          return 1
        }
        if bridge.pushMethod(.corpus, key: 2, on: call.stack, session: call.session) { return 1 }
        call.stack.pushNil()
        return 1
      },
      HostFunction(
        name: "Corpus:list", params: "", result: "list of Article",
        help: "The articles as a plain Lua list, made once per corpus view: the fastest way to loop"
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .corpus)
        bridge.pushList(of: ref, call)
        return 1
      },
      HostFunction(
        name: "Corpus:__len", params: "", result: "integer", help: "The number of articles"
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .corpus)
        call.stack.push(bridge.views[Int(ref.index)].count)
        return 1
      },
      HostFunction(
        name: "Corpus:filter", params: "predicate", result: "Corpus",
        help: "A view of the articles for which predicate(article) is true"
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .corpus)
        guard call.stack.type(at: 2) == LUA_TFUNCTION else {
          throw call.typeError(2, expected: "function")
        }
        var kept: [Int32] = []
        // After the walk, an error no longer concerns the last article the predicate saw.
        let outside = bridge.current
        defer { bridge.current = outside }
        for index in bridge.views[Int(ref.index)] {
          try call.checkStop()
          bridge.current = index
          call.stack.pushCopy(of: 2)
          bridge.push(
            ObjectRef(kind: .article, article: index, index: 0), on: call.stack,
            session: call.session)
          try call.callLua(arguments: 1, results: 1)
          if call.stack.boolean(at: -1) { kept.append(index) }
          call.stack.pop()
        }
        bridge.pushView(kept, call)
        return 1
      },
      HostFunction(
        name: "Corpus:search", params: "query", result: "Corpus",
        help:
          "A view of the articles matching words, \"phrases\" and -exclusions; Brown also finds Brown's, ~word adds inflections (~sanction: sanctions, sanctioned), word* prefixes"
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .corpus)
        let query = CorpusQuery(try call.checkString(2))
        var kept: [Int32] = []
        for index in bridge.views[Int(ref.index)] {
          try call.checkStop()
          bridge.touch(index)
          if query.matches(bridge.store[Int(index)]) { kept.append(index) }
        }
        bridge.pushView(kept, call)
        return 1
      },
      HostFunction(
        name: "Corpus:kwic", params: "term [, width]", result: "list",
        help: "Keyword in context: {article=, left=, match=, right=} for each occurrence"
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .corpus)
        let term = try call.checkString(2)
        let width = try call.optionalInteger(3, default: 40)
        guard width >= 0 else { throw call.argumentError(3, "width must not be negative") }
        let view = bridge.views[Int(ref.index)]
        bridge.touch(all: view)
        let lines = Concordance.lines(
          of: term, in: view.map { bridge.store[Int($0)] }, width: width)
        try call.stack.ensure(4)
        call.stack.newTable(arrayCount: lines.count)
        for (i, line) in lines.enumerated() {
          call.stack.newTable(fieldCount: 6)
          bridge.push(
            ObjectRef(kind: .article, article: view[line.article], index: 0), on: call.stack,
            session: call.session)
          call.stack.setField("article", inTableAt: -2)
          call.stack.push(line.left)
          call.stack.setField("left", inTableAt: -2)
          call.stack.push(line.match)
          call.stack.setField("match", inTableAt: -2)
          call.stack.push(line.right)
          call.stack.setField("right", inTableAt: -2)
          call.stack.setSpan(line.span, inTableAt: -1)
          call.stack.setIndex(i + 1, inTableAt: -2)
        }
        return 1
      },
      HostFunction(
        name: "Corpus:duplicates", params: "[{threshold = 0.8}]", result: "list of clusters",
        help:
          "Near-duplicate articles (MinHash over 5-word shingles): each cluster a list of "
          + "articles in corpus order, the first the one --dedup near keeps, with "
          + "similarity (lowest estimated Jaccard to the first)"
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .corpus)
        var threshold = Deduplication.nearThreshold
        if try call.optionalTable(2) {
          if call.stack.getField("threshold", inTableAt: 2) != LUA_TNIL {
            guard let t = call.stack.number(at: -1), t > 0, t <= 1 else {
              throw call.argumentError(2, "threshold must be a number above 0 and at most 1")
            }
            threshold = t
          }
          call.stack.pop()
        }
        let view = bridge.views[Int(ref.index)]
        bridge.touch(all: view)
        let clusters = NearDuplicates.clusters(
          in: view.map { bridge.store[Int($0)] }, threshold: threshold)
        try call.stack.ensure(4)
        call.stack.newTable(arrayCount: clusters.count)
        for (i, cluster) in clusters.enumerated() {
          call.stack.newTable(arrayCount: cluster.members.count, fieldCount: 1)
          for (k, member) in cluster.members.enumerated() {
            bridge.push(
              ObjectRef(kind: .article, article: view[member], index: 0), on: call.stack,
              session: call.session)
            call.stack.setIndex(k + 1, inTableAt: -2)
          }
          call.stack.push(cluster.similarity)
          call.stack.setField("similarity", inTableAt: -2)
          call.stack.setIndex(i + 1, inTableAt: -2)
        }
        return 1
      },
    ]
  }
}

extension ModelBridge {
  /// The error for `corpus[i]` past the end of a corpus or view, as `.show` words it.
  func noArticle(_ i: Int, in view: ObjectRef) -> String {
    let count = views[Int(view.index)].count
    let whole = view.index == 0
    guard count > 0 else {
      return whole
        ? "no article \(i): the session has no articles" : "no article \(i): the view is empty"
    }
    return "no article \(i): \(whole ? "the session" : "the view") has 1 to \(count)"
  }

  /// How errors name an article: its path, else its id.
  func label(of index: Int32) -> String {
    let a = store[Int(index)]
    return a.metadata.path ?? a.id
  }

  /// Pushes the list of article objects of a view, made on first use and kept, so the same
  /// article is the same object however it is reached.
  func pushList(of view: ObjectRef, _ call: HostCall) {
    let index = Int(view.index)
    if let list = viewLists[index] {
      call.session.push(list, on: call.stack)
      return
    }
    let articles = views[index]
    call.stack.newTable(arrayCount: articles.count)
    for (i, article) in articles.enumerated() {
      push(
        ObjectRef(kind: .article, article: article, index: 0), on: call.stack, session: call.session
      )
      call.stack.setIndex(i + 1, inTableAt: -2)
    }
    viewLists[index] = call.session.makeReference(to: -1, on: call.stack)
  }

  /// Pushes a new corpus view over `indices`.
  func pushView(_ indices: [Int32], _ call: HostCall) {
    views.append(indices)
    push(
      ObjectRef(kind: .corpus, article: 0, index: Int32(views.count - 1)), on: call.stack,
      session: call.session)
  }
}
