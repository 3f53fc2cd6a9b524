// The per-state control block shared by the shim's files; Swift sees it only through functions.
#ifndef LEDE_INTERNAL_H
#define LEDE_INTERNAL_H

#include "lede_shim.h"
#include <stdint.h>

/// Instructions between two checks of the stop conditions while nothing is pending.
#define LEDE_HOOK_INTERVAL 1000

typedef struct lede_control {
  size_t used;              // bytes the state holds now
  size_t limit;             // 0: no limit
  int host_depth;           // > 0 while Swift runs: the allocator must not refuse then
  int interruptible;        // whether the process-wide interrupt applies
  lede_stop_reason stop;    // sticky until lede_reset_stop
  double timeout_seconds;   // for the message
  uint64_t deadline_ns;     // CLOCK_MONOTONIC; 0: none
  lede_flag *flag;          // per-state stop request, may be NULL
  lede_dispatch_fn dispatch;
  void *owner;
} lede_control;

lede_control *lede_control_of(lua_State *L);
/// Records `reason`, makes the hook fire on every instruction so that no Lua error handler can
/// keep running, and pushes the message positioned at stack `level`.
void lede_push_stop(lua_State *L, lede_control *ctl, lede_stop_reason reason, int level);
/// The reason the run must stop now, or LEDE_STOP_NONE.
lede_stop_reason lede_due_stop(lede_control *ctl);

#endif
