import Foundation
import Testing

/// One policy for bundled data (issue 12): every analysis whose data file is missing or corrupt
/// fails with the one `DataFileError` message naming the file and what to do, the same way from
/// the command line, from Lua and from the shell, never with an empty or neutral answer. The
/// binary is pointed at a copy of the data folder with `LEDE_DATA_DIR`.
@Suite(.serialized) struct DataPolicyTests {
  static let seed = "seeds/lavrov-visits-north-korea.txt"
  static let source = LedeCLI.root.appendingPathComponent("Sources/LedeAnalysis/Data")

  /// Every analysis a script can run, so that each data file is read by one of them.
  static let everyAnalysis = """
    local a = corpus[1]
    print(#a:entities(), #a:quotes(), #a:places(), a:focus().country, a:sentiment().compound,
      a.sentences[1]:sentiment().compound, #a:stances(), #lede.stance.cues(),
      lede.stance.claim('Russia sent arms', a).label,
      lede.sentiment.toward('Putin praised Kim', 'Kim').label, #corpus:entities(),
      #lede.gazetteer.lookup('Paris'), lede.sentiment.score('a :) day', {mode = 'vader'}).compound)
    """

  /// The files of the data folder that no analysis reads: documentation, licences, the build
  /// tools, the source of `places.bin`, and the page assets (checked by an HTML report below).
  static func isData(_ file: String) -> Bool {
    let name = (file as NSString).lastPathComponent
    return
      !(file.hasPrefix("tools/") || file.hasPrefix("web/") || name.hasSuffix(".md")
      || name.hasPrefix("LICENSE") || name.hasSuffix(".py") || file == "gazetteer/places.tsv")
  }

  /// A copy of the data folder for one test, removed by the caller.
  static func dataCopy() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("lede-data-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: source, to: folder)
    return folder
  }

  /// `lede run -e chunk SEED` over `data`.
  static func run(_ chunk: String, data: URL, input: [String] = [seed]) throws -> LedeCLI.Result {
    try LedeCLI.run(["run", "-e", chunk] + input, environment: ["LEDE_DATA_DIR": data.path])
  }

  /// The data files, by their path inside the folder.
  static func dataFiles() throws -> [String] {
    let base = source.path + "/"
    let walker = FileManager.default.enumerator(atPath: source.path)
    var files: [String] = []
    while let file = walker?.nextObject() as? String {
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: base + file, isDirectory: &isFolder)
      if !isFolder.boolValue && isData(file) { files.append(file) }
    }
    return files.sorted()
  }

  @Test func theCompleteFolderRunsEveryAnalysis() throws {
    let data = try Self.dataCopy()
    defer { try? FileManager.default.removeItem(at: data) }
    let result = try Self.run(Self.everyAnalysis, data: data)
    #expect(result.status == 0, "\(result.stderr)")
  }

  /// Each file, removed alone, stops the analyses with one line naming it: a new data file
  /// that an analysis reads without the policy fails here.
  @Test func everyDataFileIsRequired() throws {
    let files = try Self.dataFiles()
    #expect(files.count >= 25, "\(files)")
    let data = try Self.dataCopy()
    defer { try? FileManager.default.removeItem(at: data) }
    for file in files {
      let path = data.appendingPathComponent(file)
      let aside = data.appendingPathComponent(file + ".aside")
      try FileManager.default.moveItem(at: path, to: aside)
      defer { try? FileManager.default.moveItem(at: aside, to: path) }
      let result = try Self.run(Self.everyAnalysis, data: data)
      #expect(result.status == 70, "\(file): \(result.stdout)")
      #expect(result.stdout.isEmpty, "\(file)")
      let lines = result.stderr.split(separator: "\n")
      #expect(lines.count == 1, "\(file): \(result.stderr)")
      #expect(
        lines.first?.hasPrefix("lede: error: Lede's data file '\(file)' is missing in ") == true,
        "\(file): \(result.stderr)")
      #expect(result.stderr.contains("reinstall Lede, or set LEDE_DATA_DIR"))
    }
  }

  /// A plugin that meets a missing file says so in the one line alone: the article it was
  /// handling, or the phase it was in, is not at fault and would send the user looking there.
  @Test func aReportSaysOnlyWhatToDo() throws {
    let data = try Self.dataCopy()
    defer { try? FileManager.default.removeItem(at: data) }
    try FileManager.default.removeItem(at: data.appendingPathComponent("names/orgs.txt"))
    let result = try LedeCLI.run(
      ["report", "overview", Self.seed], environment: ["LEDE_DATA_DIR": data.path])
    #expect(result.status == 70)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == "lede: error: Lede's data file 'names/orgs.txt' is missing in "
        + "\(data.path): reinstall Lede, or set LEDE_DATA_DIR to a complete data folder "
        + "(share/lede/data)\n")
  }

  /// A mistyped LEDE_DATA_DIR makes every file missing: the message names the folder, not the
  /// first file some analysis happened to read.
  @Test func aMissingFolderIsNamedAsTheFolder() throws {
    let gone = FileManager.default.temporaryDirectory
      .appendingPathComponent("lede-no-data-\(UUID().uuidString)")
    let result = try LedeCLI.run(
      ["report", "quotes", Self.seed], environment: ["LEDE_DATA_DIR": gone.path])
    #expect(result.status == 70)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == "lede: error: Lede's data folder '\(gone.path)' (LEDE_DATA_DIR) does not "
        + "exist: set LEDE_DATA_DIR to a complete data folder (share/lede/data), or unset it to "
        + "use the installed one\n")
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("lede-data-file-\(UUID().uuidString)")
    try Data("x".utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let notFolder = try LedeCLI.run(
      ["run", "-e", "print(#corpus[1]:entities())", Self.seed],
      environment: ["LEDE_DATA_DIR": file.path])
    #expect(notFolder.status == 70)
    #expect(notFolder.stderr.contains("'\(file.path)' (LEDE_DATA_DIR) is not a folder:"))
  }

  @Test func anEmptyFileIsCorrupt() throws {
    let data = try Self.dataCopy()
    defer { try? FileManager.default.removeItem(at: data) }
    try Data().write(to: data.appendingPathComponent("names/orgs.txt"))
    let result = try Self.run("print(#corpus[1]:entities())", data: data)
    #expect(result.status == 70)
    #expect(
      result.stderr.contains("Lede's data file 'names/orgs.txt' in \(data.path) is corrupt (empty"),
      "\(result.stderr)")
    #expect(result.stderr.contains("reinstall Lede"))
  }

  @Test func aTruncatedGazetteerIsCorrupt() throws {
    let data = try Self.dataCopy()
    defer { try? FileManager.default.removeItem(at: data) }
    let file = data.appendingPathComponent("gazetteer/places.bin")
    let bytes = try Data(contentsOf: file)
    try bytes.prefix(bytes.count / 2).write(to: file)
    let result = try Self.run("print(#corpus[1]:places())", data: data)
    #expect(result.status == 70)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.contains("Lede's data file 'gazetteer/places.bin'")
        && result.stderr.contains("is corrupt") && result.stderr.contains("truncated"),
      "\(result.stderr)")
  }

  @Test func aCorruptFileNamesItsLine() throws {
    let data = try Self.dataCopy()
    defer { try? FileManager.default.removeItem(at: data) }
    try Data("# cues\nsupport+\tsupport\n".utf8).write(
      to: data.appendingPathComponent("stance/cues.tsv"))
    let result = try Self.run("print(#corpus[1]:stances())", data: data)
    #expect(result.status == 70)
    #expect(
      result.stderr.contains("Lede's data file 'stance/cues.tsv'")
        && result.stderr.contains("is corrupt at line 2"), "\(result.stderr)")
  }

  /// A Lua error a script can catch, not a crash: the script goes on.
  @Test func aDataErrorIsALuaError() throws {
    let data = try Self.dataCopy()
    defer { try? FileManager.default.removeItem(at: data) }
    try FileManager.default.removeItem(at: data.appendingPathComponent("stance/claim_cues.tsv"))
    let result = try Self.run(
      "print(pcall(lede.stance.claim, 'Russia sent arms', corpus[1])); print('after')", data: data)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.hasPrefix("false\tLede's data file 'stance/claim_cues.tsv' is missing"),
      "\(result.stdout)")
    #expect(result.stdout.hasSuffix("after\n"))
  }

  /// Text needs the reporting verbs (for its sentences): loading stops before it starts, and
  /// `lede.parse` raises the same error.
  @Test func textNeedsItsData() throws {
    let data = try Self.dataCopy()
    defer { try? FileManager.default.removeItem(at: data) }
    try FileManager.default.removeItem(at: data.appendingPathComponent("names/cue_verbs.txt"))
    let message = "Lede's data file 'names/cue_verbs.txt' is missing"
    let loading = try Self.run("print(#corpus)", data: data)
    #expect(loading.status == 70 && loading.stderr.contains(message), "\(loading.stderr)")
    let parsing = try Self.run("print(lede.parse('Talks began.').title)", data: data, input: [])
    #expect(parsing.status == 70 && parsing.stderr.contains(message), "\(parsing.stderr)")
    let plain = try Self.run("print(1 + 1)", data: data, input: [])
    #expect(plain.status == 0 && plain.stdout == "2\n", "no data needed: \(plain.stderr)")
  }

  @Test func theShellSaysTheSame() throws {
    let data = try Self.dataCopy()
    defer { try? FileManager.default.removeItem(at: data) }
    try FileManager.default.removeItem(at: data.appendingPathComponent("vader/vader_lexicon.tsv"))
    let result = try LedeCLI.run(
      ["shell", Self.seed], stdin: "print(corpus[1]:sentiment().compound)\n",
      environment: ["LEDE_DATA_DIR": data.path])
    #expect(result.status == 70)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.contains("Lede's data file 'vader/vader_lexicon.tsv' is missing"),
      "\(result.stderr)")
  }

  @Test func exportStopsOnAMissingFile() throws {
    let data = try Self.dataCopy()
    defer { try? FileManager.default.removeItem(at: data) }
    try FileManager.default.removeItem(at: data.appendingPathComponent("names/org_words.txt"))
    let result = try LedeCLI.run(["export", Self.seed], environment: ["LEDE_DATA_DIR": data.path])
    #expect(result.status == 70)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == "lede: error: Lede's data file 'names/org_words.txt' is missing in "
        + "\(data.path): reinstall Lede, or set LEDE_DATA_DIR to a complete data folder "
        + "(share/lede/data)\n")
  }

  @Test func anHTMLReportStopsOnAMissingScript() throws {
    let data = try Self.dataCopy()
    let out = FileManager.default.temporaryDirectory
      .appendingPathComponent("lede-data-\(UUID().uuidString).html")
    defer {
      try? FileManager.default.removeItem(at: data)
      try? FileManager.default.removeItem(at: out)
    }
    try FileManager.default.removeItem(at: data.appendingPathComponent("web/report.js"))
    let result = try LedeCLI.run(
      ["report", "quotes", Self.seed, "--format", "html", "-o", out.path],
      environment: ["LEDE_DATA_DIR": data.path])
    #expect(result.status == 70)
    #expect(result.stderr.contains("Lede's data file 'web/report.js' is missing"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }
}
