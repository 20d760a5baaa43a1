// select: Go 1.19's runtime/select.go (selectgo), on chan.h's pieces.
//
// The compiler evaluates every case's channel and send value in source
// order, lays the cases out as scases {c, elem} in its frame (sends
// first, then receives) and calls selectgo(cas0, nsends, nrecvs, block).
// (A select with no case is runtime.block; one with a single case and no
// default is the plain channel operation, as gc compiles them.)
//
// selectgo, as Go's:
//   0. pollorder: the cases with a channel, in a random order (each case
//      inserted at fastrandn(k+1) among the k before it: Go's
//      Fisher-Yates); a nil channel's case is never ready. lockorder: the
//      same cases heap-sorted by hchan address, the order Go locks them
//      in, which decides the order a blocked select joins the queues.
//   1. poll: the first case in pollorder that can go now wins: a receive
//      with a waiting sender, a buffered value, or a closed channel (zero
//      value, recvOK = false); a send with a waiting receiver or buffer
//      room; a send on a closed channel panics "send on closed channel".
//   2. none, and a default (block = false): return -1.
//   3. none: a Sudog per case joins its channel's sendq or recvq, in
//      lockorder, all sharing one done flag (Go's g.selectDone), and the
//      goroutine parks (WaitReason::Select). The first channel operation
//      to dequeue one of them sets the flag, completes the exchange
//      through that sudog and readies the goroutine with it in G::param;
//      the others are skipped by whoever meets them in a queue.
//   4. woken: every other sudog leaves its queue (Go's pass 3); the winner
//      tells the case: a send woken by close panics, a receive reports
//      whether a value came.
// One thread: Go's sellock/selunlock have nothing to do. A select whose
// every channel is nil and that has no default parks in step 3 with no
// sudog, forever, as "select" (Go 1.19 and today's Go say so too;
// "select (no cases)" is runtime.block's).
#include <cstring>
#include <utility>
#include <vector>

#include "runtime/chan.h"
#include "runtime/runtime.h"
#include "runtime/strconv.h"

namespace govm {

namespace {

constexpr int64_t kMaxCases = int64_t{1} << 16;  // Go's cap on scases

struct Scase {
  Addr c = 0;
  Addr elem = 0;
};

// Step 0: pollorder and lockorder over the cases with a channel.
void select_orders(Runtime& rt, const std::vector<Scase>& scases, std::vector<uint16_t>& pollorder,
                   std::vector<uint16_t>& lockorder) {
  for (size_t i = 0; i < scases.size(); ++i) {
    if (scases[i].c == 0) continue;
    const uint32_t norder = static_cast<uint32_t>(pollorder.size());
    const uint32_t j = rt.fastrand().next_n(norder + 1);
    pollorder.push_back(static_cast<uint16_t>(i));
    std::swap(pollorder[j], pollorder.back());
  }
  // Go's heap sort by channel address, started from pollorder so that
  // cases on the same channel keep a random order.
  const size_t n = pollorder.size();
  lockorder.assign(n, 0);
  auto key = [&](uint16_t casi) { return scases[casi].c; };
  for (size_t i = 0; i < n; ++i) {
    size_t j = i;
    const Addr c = key(pollorder[i]);
    while (j > 0 && key(lockorder[(j - 1) / 2]) < c) {
      const size_t k = (j - 1) / 2;
      lockorder[j] = lockorder[k];
      j = k;
    }
    lockorder[j] = pollorder[i];
  }
  for (size_t i = n; i-- > 0;) {
    const uint16_t o = lockorder[i];
    const Addr c = key(o);
    lockorder[i] = lockorder[0];
    size_t j = 0;
    for (;;) {
      size_t k = j * 2 + 1;
      if (k >= i) break;
      if (k + 1 < i && key(lockorder[k]) < key(lockorder[k + 1])) ++k;
      if (c < key(lockorder[k])) {
        lockorder[j] = lockorder[k];
        j = k;
        continue;
      }
      break;
    }
    lockorder[j] = o;
  }
}

struct Selected {
  int64_t casi = -1;
  bool recv_ok = false;
};

// Step 1: the first ready case in pollorder, done; false when none is.
// A send on a closed channel sets panics.
bool select_poll(Runtime& rt, const std::vector<Scase>& scases, const std::vector<uint16_t>& pollorder,
                 int64_t nsends, Selected& out, bool& panics) {
  for (const uint16_t casei : pollorder) {
    const Scase& cas = scases[casei];
    Hchan c(rt, cas.c);
    out.casi = casei;
    if (casei >= nsends) {
      if (Sudog* sg = c.dequeue(Queue::Send)) {
        c.recv(sg, cas.elem);
        out.recv_ok = true;
        return true;
      }
      if (c.qcount() > 0) {
        c.bufrecv(cas.elem);
        out.recv_ok = true;
        return true;
      }
      if (c.closed()) {
        if (cas.elem != 0) c.typedmemclr(cas.elem);
        out.recv_ok = false;
        return true;
      }
    } else {
      if (c.closed()) {
        panics = true;
        return true;
      }
      if (Sudog* sg = c.dequeue(Queue::Recv)) {
        c.send(sg, cas.elem);
        return true;
      }
      if (c.qcount() < c.dataqsiz()) {
        c.bufsend(cas.elem);
        return true;
      }
    }
  }
  out.casi = -1;
  return false;
}

// Steps 3 and 4: wait on every case's channel; the case that woke us.
Selected select_block(Runtime& rt, const std::vector<Scase>& scases, const std::vector<uint16_t>& lockorder,
                      int64_t nsends, bool& panics) {
  G* gp = rt.current();
  if (gp == nullptr) throw ChanFault{"no goroutine is running"};
  bool done = false;
  std::vector<Sudog> sgs(lockorder.size());  // sgs[i] waits for case lockorder[i]
  for (size_t i = 0; i < lockorder.size(); ++i) {
    const uint16_t casi = lockorder[i];
    Sudog& sg = sgs[i];
    sg.g = gp;
    sg.is_select = true;
    sg.select_done = &done;
    sg.elem = scases[casi].elem;
    sg.c = scases[casi].c;
    Hchan(rt, sg.c).enqueue(casi < nsends ? Queue::Send : Queue::Recv, &sg);
  }
  gp->param = 0;
  rt.gopark(WaitReason::Select);

  // Woken (or the run ended: then nothing won, and every sudog goes).
  const auto* won = rt.ended() ? nullptr : reinterpret_cast<const Sudog*>(gp->param);
  gp->param = 0;
  Selected out;
  bool success = false;
  for (size_t i = 0; i < lockorder.size(); ++i) {
    const uint16_t casi = lockorder[i];
    if (&sgs[i] == won) {
      out.casi = casi;
      success = won->success;
    } else {
      Hchan(rt, sgs[i].c).remove(casi < nsends ? Queue::Send : Queue::Recv, &sgs[i]);
    }
  }
  if (out.casi < 0) {
    if (!rt.ended()) rt.internal_error("selectgo: bad wakeup");
    return out;
  }
  if (out.casi < nsends)
    panics = !success;
  else
    out.recv_ok = success;
  return out;
}

// Reads and checks the scases the compiler laid out at cas0.
bool load_scases(Runtime& rt, Addr cas0, int64_t nsends, int64_t nrecvs, std::vector<Scase>& out) {
  if (nsends < 0 || nrecvs < 0 || nsends + nrecvs > kMaxCases) {
    rt.internal_error("selectgo: " + std::to_string(nsends) + " sends and " + std::to_string(nrecvs) + " receives");
    return false;
  }
  const uint64_t n = static_cast<uint64_t>(nsends + nrecvs);
  if (n == 0) return true;
  const uint8_t* p = rt.mem().host(cas0, n * kScaseSize);
  if (p == nullptr) {
    rt.internal_error("selectgo: the scases at " + format_hex(cas0) + " are not mapped");
    return false;
  }
  out.resize(n);
  for (uint64_t i = 0; i < n; ++i) out[i] = {load64(p + i * kScaseSize), load64(p + i * kScaseSize + 8)};
  return true;
}

NativeResult selectgo(Runtime& rt, Addr cas0, int64_t nsends, int64_t nrecvs, bool block, Selected& out) {
  std::vector<Scase> scases;
  if (!load_scases(rt, cas0, nsends, nrecvs, scases)) return NativeResult::Fatal;
  std::vector<uint16_t> pollorder, lockorder;
  select_orders(rt, scases, pollorder, lockorder);
  bool panics = false;
  if (!select_poll(rt, scases, pollorder, nsends, out, panics)) {
    if (!block) return NativeResult::Ok;  // the default case: out.casi = -1
    out = select_block(rt, scases, lockorder, nsends, panics);
    if (out.casi < 0) return NativeResult::Fatal;
  }
  if (panics) {
    rt.raise_panic("send on closed channel");
    return NativeResult::Panic;
  }
  return NativeResult::Ok;
}

}  // namespace

namespace native {

// selectgo: 0 cas0, 8 nsends, 16 nrecvs, 24 block (bool); results 32
// selected (int), 40 recvOK (bool).
NativeResult selectgo(Runtime& rt, uint8_t* args) {
  try {
    Selected out;
    const NativeResult r = govm::selectgo(rt, load64(args), static_cast<int64_t>(load64(args + 8)),
                                          static_cast<int64_t>(load64(args + 16)), args[24] != 0, out);
    if (r == NativeResult::Ok) {
      std::memcpy(args + 32, &out.casi, 8);
      args[40] = out.recv_ok ? 1 : 0;
    }
    return r;
  } catch (const ChanFault& e) {
    rt.internal_error("runtime.selectgo: " + e.message);
    return NativeResult::Fatal;
  }
}

// select {}: parks forever.
NativeResult block(Runtime& rt, uint8_t*) {
  if (rt.current() == nullptr) {
    rt.internal_error("runtime.block: no goroutine is running");
    return NativeResult::Fatal;
  }
  rt.gopark(WaitReason::SelectNoCases);
  if (!rt.ended()) rt.internal_error("runtime.block: a goroutine parked forever was woken");
  return NativeResult::Fatal;
}

}  // namespace native

}  // namespace govm
