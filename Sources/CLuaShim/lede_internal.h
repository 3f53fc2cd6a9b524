// The per-state control block shared by the shim's files; Swift sees it only through functions.
#ifndef LEDE_INTERNAL_H
#define LEDE_INTERNAL_H

#include "lede_shim.h"
#include <stdatomic.h>
#include <stdint.h>

/// Instructions between two checks of the stop conditions while nothing is pending.
#define LEDE_HOOK_INTERVAL 1000
/// Room for one large result the host builds past the memory limit (a table of every article's
/// fields) before the hard limit takes a host call's growth for a runaway finalizer.
#define LEDE_HOST_MEMORY_SLACK ((size_t)16 << 20)
/// Blocks up to this size come from the state's free lists, one per multiple of 16 bytes.
#define LEDE_POOL_LARGEST 256
/// The most memory the free lists keep; past it a freed block goes back to malloc.
#define LEDE_POOL_BYTES ((size_t)4 << 20)

typedef struct lede_control {
  size_t used;              // bytes the state holds now
  size_t external;          // bytes the host holds for this state (articles it added)
  size_t limit;             // 0: no limit
  int host_depth;           // > 0 while Swift runs: the allocator must not refuse then
  int interruptible;        // whether the process-wide interrupt applies
  lede_stop_reason stop;    // sticky until lede_reset_stop
  double timeout_seconds;   // for the message
  uint64_t deadline_ns;     // CLOCK_MONOTONIC; 0: none
  _Atomic uint64_t hard_deadline_ns;  // read by the watchdog thread; 0: none
  struct lede_control *next_watched;  // the watchdog's list, under its mutex
  lede_flag *flag;          // per-state stop request, may be NULL
  lede_dispatch_fn dispatch;
  void *owner;
  void *pool[LEDE_POOL_LARGEST / 16];  // free blocks of 16, 32 … 256 bytes, linked through their first word
  size_t pooled;            // bytes in the free lists
} lede_control;

lede_control *lede_control_of(lua_State *L);
/// Records `reason`, makes the hook fire on every instruction so that no Lua error handler can
/// keep running, and pushes the message positioned at stack `level`.
void lede_push_stop(lua_State *L, lede_control *ctl, lede_stop_reason reason, int level);
/// Adds a new state to the watchdog's list / takes it off (before it is freed).
void lede_watch(lede_control *ctl);
void lede_unwatch(lede_control *ctl);
/// Arms the watchdog for a run with this deadline (0: none).
void lede_set_hard_deadline(lede_control *ctl, uint64_t deadline_ns);
/// Whether the hard limits are on, and the status the process exits with when they strike.
extern _Atomic int lede_hard_limits_status;
/// Stops the process at once with `message` (async-signal-safe): the hard limits' last resort.
_Noreturn void lede_hard_stop(const char *message);
/// The reason the run must stop now, or LEDE_STOP_NONE.
lede_stop_reason lede_due_stop(lede_control *ctl);

#endif
