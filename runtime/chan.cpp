// Channels: Go 1.19's runtime/chan.go, in govm's terms.
//
// A channel is a pointer to an hchan (layout drawn in chan.h): a count,
// a ring buffer of dataqsiz slots read at recvx and written at sendx, the
// element's size and type, a closed flag, and two queues of waiting
// goroutines. make(chan T, n) calls makechan, which allocates as Go does:
//
//   - n * sizeof(T) == 0 (unbuffered, or T of size zero): the 96-byte
//     hchan alone, pointer-free; buf points at the hchan's own buf field
//     (Go's raceaddr), never read;
//   - T without pointers: hchan and buffer in one pointer-free object of
//     96 + n*sizeof(T) bytes, buf = c + 96; events call it
//     "runtime.hchan+[n]T";
//   - T with pointers: a "runtime.hchan" whose buf word is a pointer,
//     and the buffer as an object of its own, "[n]T", which the collector
//     scans by T's pointer bitmap.
//
// Invariants (Go's):
//  - at least one of recvq and sendq is empty, except when one goroutine's
//    select waits to send and to receive on the same unbuffered channel;
//  - qcount > 0 implies recvq is empty; qcount < dataqsiz implies sendq
//    is empty: a goroutine waits only when no partner and no buffer room
//    can serve it;
//  - a buffer slot outside [recvx, recvx+qcount) (mod dataqsiz) is zero,
//    so the collector never keeps a received value alive through it.
//
// The operations, as chansend and chanrecv:
//   send: closed -> panic "send on closed channel"; a receiver waits ->
//         copy the value straight into its elem (a slot in its parked
//         frame) and ready it; room in the buffer -> copy into buf[sendx];
//         else park on sendq (WaitReason::ChanSend) until a receiver takes
//         the value, or close wakes it to panic.
//   recv: closed and empty -> the zero value, received = false; a sender
//         waits -> unbuffered: take its value; buffered (so the buffer is
//         full): take buf[recvx] and put the sender's value in its place;
//         a value in the buffer -> take it; else park on recvq until a
//         sender hands a value over, or close wakes it with the zero value.
//   close: closed = 1; every waiting receiver gets the zero value and
//         received = false, every waiting sender panics; they are readied
//         in Go's order (a gList: last dequeued first).
// A nil channel blocks forever (ChanSendNilChan, ChanReceiveNilChan);
// close(nil) panics "close of nil channel", a second close "close of
// closed channel". len and cap of a nil channel are 0.
//
// Waiting. A blocked operation puts a Sudog (chan.h), a local of the
// runtime entry on the goroutine's own fiber, in the channel's queue and
// calls Runtime::gopark. Whoever completes the operation copies the value
// through the sudog's elem (a VM address into the parked frame: stacks do
// not move while parked), sets success, stores the sudog in the G's param
// and calls goready. The queues live host-side, in ChanWaitQueues keyed
// by hchan address; the recvq and sendq words in VM memory stay 0 and the
// lock word too (one thread: natives never interleave, a runtime entry
// gives up the thread only in gopark).
//
// Where govm differs from Go: no fast paths without the lock, no race
// detector or block profile; otherwise the same steps in the same order.
#include "runtime/chan.h"

#include <cstring>
#include <vector>

#include "runtime/runtime.h"
#include "runtime/strconv.h"

namespace govm {

namespace {

constexpr uint64_t kMaxAlloc = uint64_t{1} << 48;  // Go's maxAlloc on amd64

}  // namespace

// ---- wait queues -------------------------------------------------------------------

void WaitQ::enqueue(Sudog* sg) {
  sg->next = nullptr;
  sg->prev = last;
  if (last == nullptr)
    first = sg;
  else
    last->next = sg;
  last = sg;
}

Sudog* WaitQ::dequeue() {
  for (;;) {
    Sudog* sg = first;
    if (sg == nullptr) return nullptr;
    Sudog* y = sg->next;
    if (y == nullptr) {
      first = last = nullptr;
    } else {
      y->prev = nullptr;
      first = y;
      sg->next = nullptr;  // marks it removed (see remove)
    }
    // A select waits on several channels; the first to serve it wins and
    // the others skip its sudogs until it takes them out itself.
    if (sg->is_select) {
      if (*sg->select_done) continue;
      *sg->select_done = true;
    }
    return sg;
  }
}

void WaitQ::remove(Sudog* sg) {
  Sudog* x = sg->prev;
  Sudog* y = sg->next;
  if (x != nullptr) {
    x->next = y;
    if (y != nullptr)
      y->prev = x;
    else
      last = x;
    sg->next = sg->prev = nullptr;
    return;
  }
  if (y != nullptr) {  // first in the queue
    y->prev = nullptr;
    first = y;
    sg->next = nullptr;
    return;
  }
  // Alone in the queue, or already dequeued: first tells which.
  if (first == sg) first = last = nullptr;
}

uint64_t ChanWaitQueues::waiting(Addr c, Queue q) const {
  auto it = by_chan.find(c);
  if (it == by_chan.end()) return 0;
  uint64_t n = 0;
  const WaitQ& w = q == Queue::Recv ? it->second.recvq : it->second.sendq;
  for (const Sudog* sg = w.first; sg != nullptr; sg = sg->next) ++n;
  return n;
}

void WaitTablesDeleter::operator()(ChanWaitQueues* p) const { delete p; }

ChanWaitQueues& Runtime::chan_queues() {
  if (!chan_queues_) chan_queues_.reset(new ChanWaitQueues);
  return *chan_queues_;
}

// ---- hchan -------------------------------------------------------------------------

Hchan::Hchan(Runtime& rt, Addr c) : rt_(rt), c_(c), p_(rt.mem().host(c, kHchanSize)) {
  if (p_ == nullptr) throw ChanFault{"the hchan at " + format_hex(c) + " is not mapped"};
}

uint64_t Hchan::ld64(uint64_t off) const { return load64(p_ + off); }
void Hchan::st64(uint64_t off, uint64_t v) { store64(p_ + off, v); }

uint16_t Hchan::elemsize() const {
  uint16_t v;
  std::memcpy(&v, p_ + kHchanElemsize, 2);
  return v;
}

bool Hchan::closed() const {
  uint32_t v;
  std::memcpy(&v, p_ + kHchanClosed, 4);
  return v != 0;
}

void Hchan::set_closed() {
  const uint32_t one = 1;
  std::memcpy(p_ + kHchanClosed, &one, 4);
}

void Hchan::enqueue(Queue q, Sudog* sg) { rt_.chan_queues().by_chan[c_].of(q).enqueue(sg); }

Sudog* Hchan::dequeue(Queue q) {
  auto& table = rt_.chan_queues().by_chan;
  auto it = table.find(c_);
  if (it == table.end()) return nullptr;
  Sudog* sg = it->second.of(q).dequeue();
  if (it->second.recvq.empty() && it->second.sendq.empty()) table.erase(it);
  return sg;
}

void Hchan::remove(Queue q, Sudog* sg) {
  auto& table = rt_.chan_queues().by_chan;
  auto it = table.find(c_);
  if (it == table.end()) return;
  it->second.of(q).remove(sg);
  if (it->second.recvq.empty() && it->second.sendq.empty()) table.erase(it);
}

void Hchan::typedmemmove(Addr dst, Addr src) {
  const uint64_t n = elemsize();
  if (n == 0 || dst == src) return;
  uint8_t* d = rt_.mem().host(dst, n);
  const uint8_t* s = rt_.mem().host(src, n);
  if (d == nullptr || s == nullptr)
    throw ChanFault{"a channel element at " + format_hex(d == nullptr ? dst : src) + " is not mapped"};
  std::memmove(d, s, n);
}

void Hchan::typedmemclr(Addr dst) {
  const uint64_t n = elemsize();
  if (n == 0) return;
  uint8_t* d = rt_.mem().host(dst, n);
  if (d == nullptr) throw ChanFault{"a channel element at " + format_hex(dst) + " is not mapped"};
  std::memset(d, 0, n);
}

// Go's send: to a receiver parked on recvq (the buffer is empty).
void Hchan::send(Sudog* sg, Addr ep) {
  if (sg->elem != 0) {
    typedmemmove(sg->elem, ep);  // sendDirect: into the receiver's frame
    sg->elem = 0;
  }
  G& gp = *sg->g;
  gp.param = reinterpret_cast<uint64_t>(sg);
  sg->success = true;
  rt_.goready(gp);
}

// Go's recv: from a sender parked on sendq.
void Hchan::recv(Sudog* sg, Addr ep) {
  if (dataqsiz() == 0) {
    if (ep != 0) typedmemmove(ep, sg->elem);  // recvDirect: out of the sender's frame
  } else {
    // The buffer is full (or the sender would not wait): take its head and
    // put the sender's value at the tail, which is the same slot.
    const Addr qp = chanbuf(recvx());
    if (ep != 0) typedmemmove(ep, qp);
    typedmemmove(qp, sg->elem);
    uint64_t x = recvx() + 1;
    if (x == dataqsiz()) x = 0;
    set_recvx(x);
    set_sendx(x);
  }
  sg->elem = 0;
  G& gp = *sg->g;
  gp.param = reinterpret_cast<uint64_t>(sg);
  sg->success = true;
  rt_.goready(gp);
}

void Hchan::bufsend(Addr ep) {
  typedmemmove(chanbuf(sendx()), ep);
  uint64_t x = sendx() + 1;
  if (x == dataqsiz()) x = 0;
  set_sendx(x);
  set_qcount(qcount() + 1);
}

void Hchan::bufrecv(Addr ep) {
  const Addr qp = chanbuf(recvx());
  if (ep != 0) typedmemmove(ep, qp);
  typedmemclr(qp);
  uint64_t x = recvx() + 1;
  if (x == dataqsiz()) x = 0;
  set_recvx(x);
  set_qcount(qcount() - 1);
}

// ---- the operations ----------------------------------------------------------------

namespace {

NativeResult plain_panic(Runtime& rt, const char* message) {
  rt.raise_panic(message);
  return NativeResult::Panic;
}

// After a gopark that nothing may end (a nil channel): Go throws.
NativeResult unreachable(Runtime& rt, const char* entry) {
  if (!rt.ended()) rt.internal_error(std::string(entry) + ": a goroutine parked forever was woken");
  return NativeResult::Fatal;
}

// Runs a channel entry; unmapped channel memory becomes an internal error.
template <class F>
NativeResult guarded(Runtime& rt, NativeId entry, F&& f) {
  try {
    return f();
  } catch (const ChanFault& e) {
    rt.internal_error(std::string(native_name(entry)) + ": " + e.message);
    return NativeResult::Fatal;
  }
}

G& current_g(Runtime& rt) {
  G* gp = rt.current();
  if (gp == nullptr) throw ChanFault{"no goroutine is running"};
  return *gp;
}

// The blocking end of a send or a receive: queue the current goroutine on
// q with elem ep and park until a partner (success) or close (no success)
// wakes it. False when gopark returned because the run ended (no
// scheduler, a failure): the sudog, about to go out of scope, is taken off
// the queue again.
bool park_on(Runtime& rt, Hchan& ch, Queue q, Addr ep, WaitReason why, bool& success) {
  G& gp = current_g(rt);
  Sudog mysg;
  mysg.g = &gp;
  mysg.elem = ep;
  mysg.c = ch.addr();
  gp.param = 0;
  ch.enqueue(q, &mysg);
  rt.gopark(why);
  gp.param = 0;
  if (rt.ended()) {
    ch.remove(q, &mysg);
    return false;
  }
  success = mysg.success;
  return true;
}

// Go's chansend with block = true.
NativeResult chansend(Runtime& rt, Addr c, Addr ep) {
  if (c == 0) {
    current_g(rt);  // parking needs a goroutine
    rt.gopark(WaitReason::ChanSendNilChan);
    return unreachable(rt, "chansend");
  }
  Hchan ch(rt, c);
  if (ch.closed()) return plain_panic(rt, "send on closed channel");
  if (Sudog* sg = ch.dequeue(Queue::Recv)) {
    ch.send(sg, ep);
    return NativeResult::Ok;
  }
  if (ch.qcount() < ch.dataqsiz()) {
    ch.bufsend(ep);
    return NativeResult::Ok;
  }
  bool success = false;
  if (!park_on(rt, ch, Queue::Send, ep, WaitReason::ChanSend, success)) return NativeResult::Fatal;
  // Woken by a receiver (success) or by close, which makes the send panic.
  if (!success) return plain_panic(rt, "send on closed channel");
  return NativeResult::Ok;
}

// Go's chanrecv with block = true: received says whether a value came
// (false: the channel is closed and drained, and *ep is the zero value).
NativeResult chanrecv(Runtime& rt, Addr c, Addr ep, bool& received) {
  received = false;
  if (c == 0) {
    current_g(rt);  // parking needs a goroutine
    rt.gopark(WaitReason::ChanReceiveNilChan);
    return unreachable(rt, "chanrecv");
  }
  Hchan ch(rt, c);
  if (ch.closed()) {
    if (ch.qcount() == 0) {
      if (ep != 0) ch.typedmemclr(ep);
      return NativeResult::Ok;
    }
  } else if (Sudog* sg = ch.dequeue(Queue::Send)) {
    ch.recv(sg, ep);
    received = true;
    return NativeResult::Ok;
  }
  if (ch.qcount() > 0) {
    ch.bufrecv(ep);
    received = true;
    return NativeResult::Ok;
  }
  if (!park_on(rt, ch, Queue::Recv, ep, WaitReason::ChanReceive, received)) return NativeResult::Fatal;
  return NativeResult::Ok;
}

NativeResult closechan(Runtime& rt, Addr c) {
  if (c == 0) return plain_panic(rt, "close of nil channel");
  Hchan ch(rt, c);
  if (ch.closed()) return plain_panic(rt, "close of closed channel");
  ch.set_closed();
  // Go collects the woken in a gList (a stack) and readies them after
  // unlocking: the last dequeued runs first.
  std::vector<G*> glist;
  while (Sudog* sg = ch.dequeue(Queue::Recv)) {
    if (sg->elem != 0) {
      ch.typedmemclr(sg->elem);
      sg->elem = 0;
    }
    sg->g->param = reinterpret_cast<uint64_t>(sg);
    sg->success = false;
    glist.push_back(sg->g);
  }
  while (Sudog* sg = ch.dequeue(Queue::Send)) {
    sg->elem = 0;
    sg->g->param = reinterpret_cast<uint64_t>(sg);
    sg->success = false;
    glist.push_back(sg->g);
  }
  for (auto it = glist.rbegin(); it != glist.rend(); ++it) rt.goready(**it);
  return NativeResult::Ok;
}

// Go's makechan: t is the channel type's descriptor.
NativeResult makechan(Runtime& rt, Addr typ, int64_t size, Addr& out) {
  const TypeDesc* t = rt.type_arg(typ, NativeId::makechan);
  if (t == nullptr) return NativeResult::Fatal;
  const TypeDesc* elem = rt.type_arg(t->elem, NativeId::makechan);
  if (elem == nullptr) return NativeResult::Fatal;
  if (elem->size >= (uint64_t{1} << 16)) {  // the compiler rejects these
    rt.internal_error("makechan: invalid channel element type " + elem->name);
    return NativeResult::Fatal;
  }
  const auto n = static_cast<uint64_t>(size);
  const bool overflow = elem->size != 0 && n > UINT64_MAX / elem->size;
  const uint64_t mem = overflow ? 0 : elem->size * n;
  if (overflow || mem > kMaxAlloc - kHchanSize || size < 0) return plain_panic(rt, "makechan: size out of range");

  Addr c = 0, buf = 0;
  if (mem == 0) {
    c = rt.allocate_typed(kHchanSize, HeapType{nullptr, 0, "runtime.hchan"}, NativeId::makechan);
    buf = c + kHchanBuf;  // Go's raceaddr: never read
  } else if (elem->ptrdata == 0) {
    const std::string name = "runtime.hchan+[" + std::to_string(n) + "]" + elem->name;
    c = rt.allocate_typed(kHchanSize + mem, HeapType{nullptr, 0, rt.intern(name)}, NativeId::makechan);
    buf = c + kHchanSize;
  } else {
    const TypeDesc& hchan = rt.runtime_type("runtime.hchan", kHchanSize, {kHchanBuf / 8});
    c = rt.allocate_typed(kHchanSize, HeapType{&hchan, 0, nullptr}, NativeId::makechan);
    if (c != 0) buf = rt.newarray(*elem, n, NativeId::makechan);
    if (buf == 0) c = 0;
  }
  if (c == 0) return NativeResult::Fatal;  // the heap limit or out of memory ended the run
  uint8_t* p = rt.mem().host(c, kHchanSize);
  store64(p + kHchanBuf, buf);
  const auto elemsize = static_cast<uint16_t>(elem->size);
  std::memcpy(p + kHchanElemsize, &elemsize, 2);
  store64(p + kHchanElemtype, elem->addr);
  store64(p + kHchanDataqsiz, n);
  out = c;
  return NativeResult::Ok;
}

}  // namespace

namespace native {

// Argument blocks (natives.h, ABI0 offsets):
//   makechan   0 t, 8 size; result 16 c
//   chansend1, chanrecv1   0 c, 8 elem
//   chanrecv2  0 c, 8 elem; result 16 received (bool)
//   closechan  0 c
//   chanlen, chancap   0 c; result 8

NativeResult makechan(Runtime& rt, uint8_t* args) {
  return guarded(rt, NativeId::makechan, [&] {
    Addr c = 0;
    const NativeResult r = govm::makechan(rt, load64(args), static_cast<int64_t>(load64(args + 8)), c);
    if (r == NativeResult::Ok) store64(args + 16, c);
    return r;
  });
}

NativeResult chansend1(Runtime& rt, uint8_t* args) {
  return guarded(rt, NativeId::chansend1, [&] { return chansend(rt, load64(args), load64(args + 8)); });
}

NativeResult chanrecv1(Runtime& rt, uint8_t* args) {
  return guarded(rt, NativeId::chanrecv1, [&] {
    bool received = false;
    return chanrecv(rt, load64(args), load64(args + 8), received);
  });
}

NativeResult chanrecv2(Runtime& rt, uint8_t* args) {
  return guarded(rt, NativeId::chanrecv2, [&] {
    bool received = false;
    const NativeResult r = chanrecv(rt, load64(args), load64(args + 8), received);
    // The frame holding args cannot have moved: a parked stack stays put.
    if (r == NativeResult::Ok) args[16] = received ? 1 : 0;
    return r;
  });
}

NativeResult closechan(Runtime& rt, uint8_t* args) {
  return guarded(rt, NativeId::closechan, [&] { return govm::closechan(rt, load64(args)); });
}

NativeResult chanlen(Runtime& rt, uint8_t* args) {
  return guarded(rt, NativeId::chanlen, [&] {
    const Addr c = load64(args);
    store64(args + 8, c == 0 ? 0 : Hchan(rt, c).qcount());
    return NativeResult::Ok;
  });
}

NativeResult chancap(Runtime& rt, uint8_t* args) {
  return guarded(rt, NativeId::chancap, [&] {
    const Addr c = load64(args);
    store64(args + 8, c == 0 ? 0 : Hchan(rt, c).dataqsiz());
    return NativeResult::Ok;
  });
}

}  // namespace native

}  // namespace govm
