// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Lede",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "lede", targets: ["lede"]),
    .executable(name: "lede-bench", targets: ["lede-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CLua", pkgConfig: "lua5.4",
      providers: [.apt(["liblua5.4-dev"]), .brew(["lua"])]),
    .systemLibrary(
      name: "CEditLine", pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"]), .brew(["libedit"])]),
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    .target(name: "CLuaShim", dependencies: ["CLua"]),
    .target(name: "LedeCore", dependencies: ["CLibXML2"]),
    .target(name: "LedeAnalysis", dependencies: ["LedeCore"], exclude: ["Data"]),
    .target(name: "LedeReport", dependencies: ["LedeCore"]),
    .target(
      name: "LedeLua",
      dependencies: ["CLua", "CLuaShim", "LedeCore", "LedeAnalysis", "LedeReport"],
      exclude: ["Reference.md"]),
    .target(name: "LedeShell", dependencies: ["CEditLine", "LedeLua"]),
    .executableTarget(
      name: "lede",
      dependencies: [
        "LedeCore", "LedeAnalysis", "LedeReport", "LedeLua", "LedeShell",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(name: "lede-bench", dependencies: ["LedeCore", "LedeAnalysis", "LedeLua"]),
    // Core's tests find entities with the gazetteer, as the binary does (issue 12).
    .testTarget(
      name: "LedeCoreTests", dependencies: ["LedeCore", "LedeAnalysis"], exclude: ["Fixtures"]),
    .testTarget(name: "LedeAnalysisTests", dependencies: ["LedeAnalysis"], exclude: ["Fixtures"]),
    .testTarget(name: "LedeReportTests", dependencies: ["LedeReport"], exclude: ["Golden"]),
    .testTarget(name: "LedeLuaTests", dependencies: ["LedeLua"]),
    .testTarget(name: "LedeShellTests", dependencies: ["LedeShell"]),
    .testTarget(
      name: "LedeEndToEndTests", dependencies: ["LedeCore", "LedeAnalysis", "LedeReport"],
      exclude: ["Golden", "Fixtures"]),
  ]
)
