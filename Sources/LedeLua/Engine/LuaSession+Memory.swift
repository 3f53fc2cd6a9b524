import CLuaShim
import LedeCore

extension LuaSession {
  /// Counts memory the host keeps on the script's behalf (an article it parsed or loaded)
  /// against `--memory-limit`, as if Lua held it: once past the limit, the script's next
  /// allocation fails with "not enough memory".
  func accountHostMemory(_ bytes: Int) {
    guard bytes > 0 else { return }
    lede_add_external(L, bytes)
  }

  /// Memory the host keeps on the script's behalf, in bytes.
  package var hostMemoryInUse: Int { lede_memory_external(L) }

  /// How many bytes the script may still take under the memory limit; nil when there is none.
  var memoryRoom: Int? {
    guard let limit = limits.memoryLimit, limit > 0 else { return nil }
    return max(0, limit - memoryInUse - hostMemoryInUse)
  }
}

extension Article {
  /// About how much memory the host holds for this article once a script has read its layers:
  /// the text, its blocks, and the tokens, sentences and entities computed on first use.
  ///
  /// Measured, not derived (debug build, this machine, /usr/bin/time): 3,000 `lede.parse`
  /// results of a 2,207-byte text grew the process by 3.3 KB each as parsed and by 12.0 KB
  /// each once tokens, sentences and entities were read, 5.4 bytes per byte of text; counted
  /// at the latter, as 5 per byte plus 512 for the article's own fields.
  var estimatedFootprint: Int {
    text.utf8.count * 5 + blocks.count * MemoryLayout<Block>.stride + 512
  }
}
