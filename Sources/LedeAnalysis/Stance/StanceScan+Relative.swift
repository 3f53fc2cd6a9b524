import LedeCore

/// Clauses whose subject stands elsewhere: a relative clause's antecedent ("Sanders of Vermont,
/// who had opposed …") and the first of two coordinated verbs ("attacked X and blamed Y").
extension StanceScan {
  /// How far left of "and" the verb it joins to a past-tense cue may be, in tokens: "attacked
  /// law enforcement officers nationwide and blamed" is 5. On PolNeAR dev (84 articles) and 200
  /// PolNeAR train articles, 8 loses two right records (the NAFTA sentence, 9 tokens) and 24
  /// changes none.
  private static let coordinationReach = 16

  /// The past-tense verb (or participle) whose predicate the "and" at `j` closes, when the cue
  /// is past tense (a participle) too: the nearest word left of `j`, outside names, that is a
  /// known object verb or ends in "-ed" ("-ing"); nil at a clause boundary or a passive ("was
  /// arrested and charged").
  func coordinatedVerb(before j: Int, cue: Int, in region: Range<Int>, quote q: Int32)
    -> Int?
  {
    // "thanking Reince Priebus and congratulating the Republicans": a participle joins one.
    let participle = text.words[cue].hasSuffix("ing")
    guard text.words[cue].hasSuffix("ed") || participle else { return nil }
    var v = j - 1
    while v >= region.lowerBound, v >= j - Self.coordinationReach {
      if q < 0, text.quoteOf[v] >= 0 {
        v -= 1
        continue
      }
      let w = text.words[v]
      if !text.isWord(v) {
        if [";", ":", "(", ")"].contains(w) { return nil }
        v -= 1
        continue
      }
      if Self.clauseOpeners.contains(w) { return nil }
      let verb =
        participle
        ? w.hasSuffix("ing") && w.count > 5
        : Self.objectVerbs.contains(w) || (w.hasSuffix("ed") && w.count > 4)
      if text.entityOf[v] < 0, verb {
        if v > region.lowerBound, StanceWords.keys.beForms.contains(text.keys[v - 1]) { return nil }
        return v
      }
      v -= 1
    }
    return nil
  }

  /// The holders of an "-ing" cue in the indirect quote `q` whose words open right after a
  /// participle the cue is joined to: in "Trump spoke, thanking chairman Reince Priebus and
  /// congratulating the Republicans" the quote layer reads "thanking" as the report of words
  /// that start at "chairman", so the joined verb lies outside the quote's region and its
  /// subject, the quote's speaker, holds the stance, not the name thanked (a judged PolNeAR
  /// train draw, seed 4311). Without a speaker, the participle's own subject; nil when the
  /// quote does not open so.
  func holdersOfJoinedParticiple(cue: Int, in region: Range<Int>, quote q: Int32) -> (
    actors: [Actor], blocked: Bool
  )? {
    let v = region.lowerBound - 1
    guard q >= 0, quotes[Int(q)].kind == .indirect, text.words[cue].hasSuffix("ing"), v >= 0,
      text.isWord(v), text.quoteOf[v] < 0, text.sentenceOf[v] == text.sentenceOf[cue],
      text.entityOf[v] < 0, text.words[v].hasSuffix("ing"), text.words[v].count > 5
    else { return nil }
    if let speaker = quotes[Int(q)].speaker {
      return ([Actor(name: speaker, span: quotes[Int(q)].speakerSpan)], false)
    }
    let start = article.sentences[Int(text.sentenceOf[v])].tokens.lowerBound
    return subjects(before: v, in: start..<v + 1, quote: -1)
  }

  /// Words that open a clause with a subject of its own, so a verb before them is not the one
  /// "and" joins ("such as", "after the shooting" are phrases, not clauses).
  private static let clauseOpeners: Set<String> = [
    "which", "who", "whom", "whose", "because", "while", "whereas", "although", "though", "but",
    "when", "where", "unless", "if", "that", "whether", "whilst",
  ]

  /// How many tokens left of "who" an appositive's name may be: "Robert B. Reich, a secretary of
  /// labor during the Clinton administration who" is 10. On PolNeAR dev and 200 PolNeAR train
  /// articles, 8 loses that right record and 24 changes none.
  private static let appositiveReach = 16

  /// The entity a relative pronoun at `j` refers to: the name just before it ("Kim, who"), the
  /// head of "X of Y, who", the name an appositive describes ("Reich, a secretary of labor …,
  /// who"; "Broaddrick and Willey, two of the women who"; "Kasich of Ohio, a Republican who"),
  /// or the antecedent of an earlier relative ("Slayton, whom Bush appointed …, and who"); nil
  /// for a noun that is no name ("someone who", "anybody who").
  func antecedent(ofRelative j: Int, in region: Range<Int>) -> Int? {
    let k = skipAside(from: j - 1, in: region)
    guard k >= region.lowerBound else { return nil }
    if text.words.matches(k, "and") {
      var r = k - 1
      while r >= region.lowerBound, r >= k - 2 * Self.appositiveReach {
        if ["who", "whom", "which"].contains(text.words[r]) {
          return antecedent(ofRelative: r, in: region)
        }
        r -= 1
      }
      return nil
    }
    if text.entityOf[k] >= 0 {
      let e = Int(text.entityOf[k])
      let first = text.entityTokens[e]?.lowerBound ?? k
      guard first > region.lowerBound else { return e }
      // "a Republican who": a name after "a" is a description of the name before it.
      if ["a", "an"].contains(text.words[first - 1]) {
        return appositive(from: first - 1, relative: j, in: region)
      }
      var p = first - 1
      while p > region.lowerBound, ["the", "a", "an"].contains(text.words[p]) { p -= 1 }
      // "Senator Bernie Sanders of Vermont, who", "Megyn Kelly, a star anchor at Fox News who":
      // a name after "of" or "at" is not the head a person is; "which" keeps the name ("members
      // of the Saudi government, which has denied"), as do other prepositions ("exchanges with
      // Senate Republicans who oppose him").
      // "Norm Coleman, the former senator from Minnesota who": a place is no "who"; the
      // appositive's name is (PolNeAR train: a draw of 40 had one such holder).
      if text.words.matches(j, "who"), entities[e].kind == .place,
        let named = appositive(from: first - 1, relative: j, in: region),
        entities[named].kind == .person
      {
        return named
      }
      if p > region.lowerBound, text.words.matches(j, "who"), ["of", "at"].contains(text.words[p]) {
        if text.entityOf[p - 1] >= 0 { return Int(text.entityOf[p - 1]) }
        return appositive(from: p - 1, relative: j, in: region)
      }
      return e
    }
    // "a prominent Republican National Committee member who": the role, as the subject rule
    // names it.
    // "John Podesta, a former senior White House adviser who": a role set off by a comma
    // describes the person named before it (PolNeAR train: 4 such holders were left unnamed).
    if StanceWords.keys.personRoles.contains(text.keys[k]), k > region.lowerBound,
      text.entityOf[k - 1] >= 0
    {
      if let named = appositive(from: k, relative: j, in: region), entities[named].kind == .person {
        return named
      }
      return Int(text.entityOf[k - 1])
    }
    return appositive(from: k, relative: j, in: region)
  }

  /// The name an appositive ending at `a` describes: a noun phrase back to a comma with a name
  /// before it, and no verb on the way.
  private func appositive(from a: Int, relative j: Int, in region: Range<Int>) -> Int? {
    var a = a
    while a >= region.lowerBound, a >= j - Self.appositiveReach {
      let w = text.words[a]
      if w == "," {
        let named = skipAside(from: a, in: region)
        guard named >= region.lowerBound, text.entityOf[named] >= 0 else { return nil }
        // "Tom Reed of Ohio, a Republican who": the name is the one before "of".
        let e = Int(text.entityOf[named])
        let first = text.entityTokens[e]?.lowerBound ?? named
        if first > region.lowerBound + 1, text.words.matches(first - 1, "of"),
          text.entityOf[first - 2] >= 0
        {
          return Int(text.entityOf[first - 2])
        }
        return e
      }
      if !text.isWord(a), w != "-" { return nil }
      if text.entityOf[a] < 0,
        StanceWords.auxiliaries.contains(w) || StanceWords.clauseWords.contains(w)
          || StanceWords.speechVerbs.contains(w) || Self.objectVerbs.contains(w)
          || (w.hasSuffix("ed") && w.count > 4)
      {
        return nil
      }
      a -= 1
    }
    return nil
  }

  /// The token left of `k` once commas, a bracketed aside ("(D-Mo.)") and a time ("this year")
  /// are passed.
  private func skipAside(from k: Int, in region: Range<Int>) -> Int {
    var k = k
    while k >= region.lowerBound {
      let w = text.words[k]
      if w == "," {
        k -= 1
      } else if w == ")", let open = openingBracket(before: k, in: region) {
        k = open - 1
      } else if StanceWords.timeWords.contains(w), k > region.lowerBound,
        StanceWords.keys.timeStarters.contains(text.keys[k - 1])
      {
        k -= 2
      } else {
        break
      }
    }
    return k
  }
}
