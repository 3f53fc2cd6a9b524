import LedeReport

/// A report with two tables, notes and evidence, in several scripts, used by the golden tests.
enum SampleReport {
  static func make() throws -> Report {
    var articles = try ReportTable(
      name: "articles", title: "Articles",
      columns: [
        ReportColumn("title", .string),
        ReportColumn("source", .string),
        ReportColumn("compound", .number),
        ReportColumn("negative", .number, format: .percent(decimals: 1)),
        ReportColumn("sentences", .integer),
        ReportColumn("opinion", .boolean),
      ])
    try articles.add(row: [
      .string(
        "Shelling near Zaporizhzhia nuclear plant cuts power to thousands of homes as winter "
          + "approaches"),
      "Kyiv Independent", -0.6124, 0.4166667, 14, false,
    ])
    try articles.add(row: [
      "Пхеньян и Москва подписали договор о всеобъемлющем стратегическом партнёрстве",
      "ТАСС", 0.1027, 0.0833, 9, false,
    ])
    try articles.add(row: [
      "평양, 새 위성 발사 계획 발표 — 전문가들 \"실패 가능성 높다\"", "연합뉴스", -0.25, 0.25, 7, nil,
    ])
    try articles.add(row: [
      "Analysis: why the grain corridor matters | and what comes next", "The Guardian", 0, 0.0,
      21.0, true,
    ])
    try articles.add(row: [
      "Kharkiv, again: \"we will rebuild\"", "Reuters", -0.0004, 0.125, 1, true,
    ])

    let places = try ReportTable(
      name: "places",
      columns: [
        ReportColumn("name", .string),
        ReportColumn("country", .string),
        ReportColumn("lat", .number),
        ReportColumn("lon", .number),
        ReportColumn("mentions", .integer),
        ReportColumn("share", .number, format: .percent(decimals: 0)),
      ],
      rows: [
        ["Zaporizhzhia", "UA", 47.8388, 35.1396, 12, 0.4],
        ["Пхеньян (Pyongyang)", "KP", 39.0392, 125.7625, 5, 0.2],
        ["평양", "KP", 39.0392, 125.7625, 3, 0.1],
        ["Kharkiv", "UA", 49.9935, 36.2304, 4, 0.3],
        ["Nowhere in particular", nil, nil, nil, 1, nil],
      ])

    return Report(
      title: "Tone and places: Ukraine and the Koreas",
      summary: "Compound sentiment of each article (news lexicon) and the places it mentions, "
        + "with the sentences behind the most negative scores.",
      parameters: [
        ReportParameter("by", "article"), ReportParameter("top", 20),
        ReportParameter("threshold", -0.05),
      ],
      tables: [articles, places],
      notes: [
        "Compound scores use the news lexicon; 1 article was skipped because it had no text.",
        "Places are resolved with the bundled gazetteer (GeoNames cities over 15,000 people).",
      ],
      evidence: [
        Evidence(
          text: "Russian forces shelled the area around the Zaporizhzhia nuclear power plant "
            + "overnight, cutting power to more than 20,000 homes, the regional governor said.",
          articleID: "a1f3c9",
          articleTitle: "Shelling near Zaporizhzhia nuclear plant cuts power to thousands of homes",
          label: "negative", rowKey: "Zaporizhzhia", span: 212..<362),
        Evidence(
          text: "북한은 평양에서 새로운 정찰위성을 발사하겠다고 밝혔다.", articleID: "b77e02",
          label: "negative", rowKey: "평양"),
      ])
  }
}
