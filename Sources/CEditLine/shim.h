// libedit's native API. el_set, el_get and history are variadic, which Swift cannot call:
// the fixed-argument wrappers live beside the shell that uses them.
#include <histedit.h>
