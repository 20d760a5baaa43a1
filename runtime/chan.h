// Channels: the hchan in VM memory and the wait queues beside it
// (design and invariants at the top of runtime/chan.cpp; select in
// select.cpp uses the same pieces, as Go's select.go uses chan.go's).
//
// An hchan is Go 1.19's, byte for byte (amd64, 96 bytes):
//
//   +0  qcount    uint     values in the buffer now (len(c))
//   +8  dataqsiz  uint     buffer slots (cap(c))
//   +16 buf       pointer  the ring of dataqsiz elements
//   +24 elemsize  uint16
//   +28 closed    uint32   0 or 1
//   +32 elemtype  *_type   the element's descriptor (rodata)
//   +40 sendx     uint     next slot a send fills
//   +48 recvx     uint     next slot a receive empties
//   +56 recvq     waitq    {first, last}: always 0 in govm (below)
//   +72 sendq     waitq    {first, last}: always 0 in govm
//   +88 lock      mutex    always 0: one thread, natives never interleave
//
// The waiting goroutines are not in VM memory. Go's sudogs hold host-side
// things (a *g, links) that no Go program can see; govm keeps them in C++:
// a Sudog lives on the waiting goroutine's own fiber stack, inside the
// runtime entry that parked it, and is linked into the recvq or sendq of
// its channel's entry in ChanWaitQueues (by hchan address). An entry
// exists only while one of its queues is not empty, so a channel that is
// freed leaves nothing behind for a new one at the same address.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>

#include "runtime/address.h"
#include "runtime/goroutine.h"

namespace govm {

class Runtime;

inline constexpr uint64_t kHchanSize = 96;  // Go's hchanSize on amd64
inline constexpr uint64_t kHchanQcount = 0, kHchanDataqsiz = 8, kHchanBuf = 16, kHchanElemsize = 24;
inline constexpr uint64_t kHchanClosed = 28, kHchanElemtype = 32, kHchanSendx = 40, kHchanRecvx = 48;
inline constexpr uint64_t kHchanRecvq = 56, kHchanSendq = 72, kHchanLock = 88;
inline constexpr uint64_t kScaseSize = 16;  // select's scase {c *hchan; elem unsafe.Pointer}

// One goroutine waiting on one channel (Go's sudog). A plain send or
// receive has one; a blocked select has one per case with a channel.
struct Sudog {
  G* g = nullptr;
  Addr elem = 0;            // the value to send, or where a received value goes (0: dropped)
  Addr c = 0;               // the channel whose queue holds it
  bool is_select = false;
  bool success = false;     // set by the waker: a value passed (false: woken by close)
  bool* select_done = nullptr;  // is_select: shared by the select's sudogs (Go's g.selectDone)
  Sudog* next = nullptr;    // in the queue
  Sudog* prev = nullptr;
};

// Go's waitq: a doubly linked FIFO of sudogs.
struct WaitQ {
  Sudog* first = nullptr;
  Sudog* last = nullptr;
  bool empty() const { return first == nullptr; }
  void enqueue(Sudog* sg);
  // The first sudog whose goroutine can still take it: a select's sudog
  // whose select another channel has already won is dropped on the way.
  Sudog* dequeue();
  // Unlinks sg if it is still queued (Go's dequeueSudoG).
  void remove(Sudog* sg);
};

enum class Queue : uint8_t { Recv, Send };

struct ChanWaitQueues {
  struct Queues {
    WaitQ recvq, sendq;
    WaitQ& of(Queue q) { return q == Queue::Recv ? recvq : sendq; }
  };
  std::unordered_map<Addr, Queues> by_chan;  // only channels with a waiter
  uint64_t waiting(Addr c, Queue q) const;   // for tests and inspection
};

// A channel operation found VM memory where an hchan, a buffer or a value
// should be unmapped: a VM bug, reported as an internal error by the entry.
struct ChanFault {
  std::string message;
};

// One hchan, read and written in place (Go's field names). Constructing
// it checks that the 96 bytes at c are mapped (else throws ChanFault).
class Hchan {
 public:
  Hchan(Runtime& rt, Addr c);
  Addr addr() const { return c_; }

  uint64_t qcount() const { return ld64(kHchanQcount); }
  uint64_t dataqsiz() const { return ld64(kHchanDataqsiz); }
  Addr buf() const { return ld64(kHchanBuf); }
  uint16_t elemsize() const;
  bool closed() const;
  uint64_t sendx() const { return ld64(kHchanSendx); }
  uint64_t recvx() const { return ld64(kHchanRecvx); }
  void set_qcount(uint64_t v) { st64(kHchanQcount, v); }
  void set_closed();
  void set_sendx(uint64_t v) { st64(kHchanSendx, v); }
  void set_recvx(uint64_t v) { st64(kHchanRecvx, v); }
  Addr chanbuf(uint64_t i) const { return buf() + i * elemsize(); }

  // The wait queues (host-side). dequeue and remove drop the channel's
  // table entry once both queues are empty.
  void enqueue(Queue q, Sudog* sg);
  Sudog* dequeue(Queue q);
  void remove(Queue q, Sudog* sg);

  // Go's send and recv: a value handed to, or taken from, the parked
  // goroutine of sg (its elem points into its stack), which is readied.
  void send(Sudog* sg, Addr ep);
  void recv(Sudog* sg, Addr ep);
  // The buffer's ring, as chansend's and chanrecv's middle parts.
  void bufsend(Addr ep);
  void bufrecv(Addr ep);

  void typedmemmove(Addr dst, Addr src);
  void typedmemclr(Addr dst);

 private:
  uint64_t ld64(uint64_t off) const;
  void st64(uint64_t off, uint64_t v);
  Runtime& rt_;
  Addr c_;
  uint8_t* p_;
};

}  // namespace govm
