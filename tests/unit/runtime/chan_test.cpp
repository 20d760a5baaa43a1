// Channels, select and package sync (runtime/chan.cpp, select.cpp,
// sema.cpp) below the machine: the entries of kNativeTable called with
// hand-built argument blocks, values in VM memory.
//
// Blocking is tested without fibers: the test is the runtime's
// GoSwitcher, and its park() plays "the other goroutines" (a script run
// with another G current) before returning, which is what the scheduler's
// loop does between a gopark and the wakee running again. Expected
// values are Go 1.19's (runtime/chan.go, select.go, sync/*.go and real
// runs, noted where a number comes from one).
#include <gtest/gtest.h>

#include <array>
#include <cstring>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "runtime/chan.h"
#include "runtime/sema.h"
#include "runtime/strconv.h"
#include "runtime/value_format.h"
#include "tests/unit/runtime/rt_image.h"

namespace govm {
namespace {

using rttest::ImageBuilder;
using rttest::ld64;
using rttest::st64;
using rttest::eface_data;

struct Types {
  Addr int_ = 0, ptr = 0, empty = 0, string_ = 0, duration = 0, pduration = 0, s = 0, iface = 0;
  Addr chan_int = 0, chan_ptr = 0, chan_empty = 0, chan_string = 0, big = 0, chan_big = 0;
};

std::unique_ptr<Image> chan_image(Types& ty) {
  ImageBuilder b;
  b.func("main.main", 64, 32, 0, {{0, 5}});
  ty.int_ = b.type("int", TypeKind::Int, 8, 8);
  ty.ptr = b.type("*int", TypeKind::Pointer, 8, 8);
  ty.empty = b.type("struct {}", TypeKind::Struct, 0, 1);
  ty.string_ = b.type("string", TypeKind::String, 16, 8);
  ty.big = b.type("[8000]int", TypeKind::Array, 64000, 8);
  ty.duration = b.type("time.Duration", TypeKind::Int64, 8, 8);
  ty.pduration = b.type("*time.Duration", TypeKind::Pointer, 8, 8);
  ty.s = b.type("main.S", TypeKind::Struct, 16, 8);
  ty.iface = b.type("interface {}", TypeKind::Interface, 16, 8);
  ty.chan_int = b.type("chan int", TypeKind::Chan, 8, 8);
  ty.chan_ptr = b.type("chan *int", TypeKind::Chan, 8, 8);
  ty.chan_empty = b.type("chan struct {}", TypeKind::Chan, 8, 8);
  ty.chan_string = b.type("chan string", TypeKind::Chan, 8, 8);
  ty.chan_big = b.type("chan [8000]int", TypeKind::Chan, 8, 8);
  auto im = b.build();
  auto desc = [&](Addr a) -> TypeDesc& {
    for (TypeDesc& t : im->types)
      if (t.addr == a) return t;
    throw std::logic_error("no type");
  };
  desc(ty.ptr).elem = ty.int_, desc(ty.ptr).ptrdata = 8, desc(ty.ptr).ptrmask = {1};
  desc(ty.string_).ptrdata = 8, desc(ty.string_).ptrmask = {1};
  desc(ty.big).elem = ty.int_, desc(ty.big).len = 8000;
  desc(ty.duration).named = true;
  desc(ty.pduration).elem = ty.duration, desc(ty.pduration).ptrdata = 8, desc(ty.pduration).ptrmask = {1};
  TypeDesc& s = desc(ty.s);
  s.named = true;
  s.fields = {{"D", ty.duration, 0, false}, {"d", ty.duration, 8, false}};
  desc(ty.iface).ptrdata = 16, desc(ty.iface).ptrmask = {3};
  for (auto [c, e] : {std::pair{ty.chan_int, ty.int_}, {ty.chan_ptr, ty.ptr}, {ty.chan_empty, ty.empty},
                      {ty.chan_string, ty.string_}, {ty.chan_big, ty.big}}) {
    TypeDesc& t = desc(c);
    t.elem = e, t.ptrdata = 8, t.ptrmask = {1};
  }
  return im;
}

// The result of one entry: its status and its argument block afterwards.
struct Ret {
  NativeResult r = NativeResult::Ok;
  std::array<uint64_t, 8> w{};
  uint64_t word(int i) const { return w[static_cast<size_t>(i)]; }
  bool flag(int off) const { return reinterpret_cast<const uint8_t*>(w.data())[off] != 0; }
};

class Chans : public ::testing::Test, public EventSink, public GoSwitcher {
 protected:
  Chans() : im(chan_image(ty)), rt(*im, out, RuntimeOptions{}) {
    rt.events().attach(this, (1u << static_cast<unsigned>(EventKind::HeapAlloc)) |
                                 (1u << static_cast<unsigned>(EventKind::GoReady)));
    rt.set_switcher(this);
    for (uint64_t i = 0; i < gs.size(); ++i) {
      gs[i].id = i + 1;
      gs[i].status = GStatus::Running;
    }
    rt.set_current(&gs[0]);
    scratch = rt.mallocgc(4096, "scratch", NativeId::newobject, "test");
    allocs.clear();
  }

  // Every script must have run (else its expectations never did).
  void TearDown() override { EXPECT_TRUE(scripts.empty()) << scripts.size() << " scripts never ran"; }

  void on_event(const Event& e) override {
    if (e.kind == EventKind::HeapAlloc) allocs.push_back(std::get<HeapAllocEvent>(e.data));
    if (e.kind == EventKind::GoReady) readied.push_back(std::get<GoReadyEvent>(e.data).g);
  }

  // GoSwitcher: a goroutine parks; the next script plays the others.
  void park(G& g) override {
    parked.push_back({g.id, g.waiting});
    if (scripts.empty()) return;
    auto script = std::move(scripts.front());
    scripts.erase(scripts.begin());
    script();
    rt.set_current(&g);
  }
  // Runs f as goroutine `id` (1-based), then returns to the parked one.
  void as(uint64_t id, const std::function<void()>& f) {
    scripts.push_back([this, id, f] {
      rt.set_current(&gs[id - 1]);
      f();
    });
  }

  Ret call(NativeId id, std::initializer_list<uint64_t> words) {
    Ret out;
    size_t i = 0;
    for (uint64_t w : words) out.w[i++] = w;
    out.r = kNativeTable[static_cast<uint16_t>(id)](rt, reinterpret_cast<uint8_t*>(out.w.data()));
    return out;
  }

  Addr makechan(Addr t, int64_t n) {
    Ret r = call(NativeId::makechan, {t, static_cast<uint64_t>(n)});
    EXPECT_EQ(r.r, NativeResult::Ok) << rt.failure();
    return r.word(2);
  }
  // A value slot in scratch memory.
  Addr val(int i) const { return scratch + 8 * static_cast<Addr>(i); }
  Addr put(int i, uint64_t v) {
    st64(rt, val(i), v);
    return val(i);
  }
  void send(Addr c, uint64_t v) { EXPECT_EQ(call(NativeId::chansend1, {c, put(0, v)}).r, NativeResult::Ok); }
  // A receive that must not block: the value and ok.
  std::pair<uint64_t, bool> recv(Addr c) {
    put(1, 0xbad);
    Ret r = call(NativeId::chanrecv2, {c, val(1)});
    EXPECT_EQ(r.r, NativeResult::Ok);
    return {ld64(rt, val(1)), r.flag(16)};
  }
  uint64_t len(Addr c) { return call(NativeId::chanlen, {c}).word(1); }
  uint64_t cap(Addr c) { return call(NativeId::chancap, {c}).word(1); }
  uint64_t field(Addr c, uint64_t off) { return ld64(rt, c + off); }
  uint64_t waiting(Addr c, Queue q) { return rt.chan_queues().waiting(c, q); }

  Types ty;
  std::unique_ptr<Image> im;
  CaptureOutput out;
  std::array<G, 4> gs;  // before rt: the runtime's queues point at them
  Runtime rt;
  Addr scratch = 0;
  std::vector<HeapAllocEvent> allocs;
  std::vector<uint64_t> readied;
  std::vector<std::pair<uint64_t, WaitReason>> parked;
  std::vector<std::function<void()>> scripts;
};

// ---- makechan -------------------------------------------------------------------------

TEST_F(Chans, UnbufferedIsAnHchanAloneWhoseBufPointsAtItself) {
  const Addr c = makechan(ty.chan_int, 0);
  ASSERT_NE(c, 0u);
  EXPECT_EQ(field(c, kHchanQcount), 0u);
  EXPECT_EQ(field(c, kHchanDataqsiz), 0u);
  EXPECT_EQ(field(c, kHchanBuf), c + kHchanBuf);  // Go's raceaddr
  EXPECT_EQ(field(c, kHchanElemsize) & 0xffff, 8u);
  EXPECT_EQ(field(c, kHchanElemsize) >> 32, 0u);  // closed
  EXPECT_EQ(field(c, kHchanElemtype), ty.int_);
  for (uint64_t off : {kHchanSendx, kHchanRecvx, kHchanRecvq, kHchanRecvq + 8, kHchanSendq, kHchanSendq + 8, kHchanLock})
    EXPECT_EQ(field(c, off), 0u) << off;
  ASSERT_EQ(allocs.size(), 1u);
  EXPECT_EQ(allocs[0].type, "runtime.hchan");
  EXPECT_EQ(allocs[0].size, 96u);
  EXPECT_EQ(allocs[0].func, "runtime.makechan");
  const ObjInfo* info = rt.object_info(c);
  ASSERT_NE(info, nullptr);
  EXPECT_EQ(info->type.elem, nullptr);  // pointer-free: the collector does not scan it
}

TEST_F(Chans, PointerFreeElementsShareOneAllocationWithTheHchan) {
  const Addr c = makechan(ty.chan_int, 3);
  ASSERT_EQ(allocs.size(), 1u);
  EXPECT_EQ(allocs[0].type, "runtime.hchan+[3]int");
  EXPECT_EQ(allocs[0].size, 96u + 24u);
  EXPECT_EQ(allocs[0].slot_size, 128u);
  EXPECT_EQ(field(c, kHchanBuf), c + kHchanSize);
  EXPECT_EQ(field(c, kHchanDataqsiz), 3u);
  EXPECT_EQ(cap(c), 3u);
  EXPECT_EQ(len(c), 0u);
}

TEST_F(Chans, PointerElementsGetABufferOfTheirOwnThatTheCollectorScans) {
  const Addr c = makechan(ty.chan_ptr, 4);
  ASSERT_EQ(allocs.size(), 2u);
  EXPECT_EQ(allocs[0].type, "runtime.hchan");
  EXPECT_EQ(allocs[0].size, 96u);
  EXPECT_EQ(allocs[1].type, "[4]*int");
  EXPECT_EQ(allocs[1].size, 32u);
  EXPECT_EQ(field(c, kHchanBuf), allocs[1].addr);
  const ObjInfo* hchan = rt.object_info(c);
  ASSERT_NE(hchan, nullptr);
  ASSERT_NE(hchan->type.elem, nullptr);
  EXPECT_EQ(hchan->type.elem->name, "runtime.hchan");
  EXPECT_TRUE(hchan->type.elem->has_pointer(kHchanBuf / 8));
  EXPECT_FALSE(hchan->type.elem->has_pointer(kHchanElemtype / 8));  // rodata, not the heap
  const ObjInfo* buf = rt.object_info(allocs[1].addr);
  ASSERT_NE(buf, nullptr);
  EXPECT_EQ(buf->type.count, 4u);
  // An unbuffered chan *int has no buffer: the hchan alone, pointer-free.
  allocs.clear();
  const Addr u = makechan(ty.chan_ptr, 0);
  ASSERT_EQ(allocs.size(), 1u);
  EXPECT_EQ(rt.object_info(u)->type.elem, nullptr);
}

TEST_F(Chans, ZeroSizeElementsNeedNoBuffer) {
  const Addr c = makechan(ty.chan_empty, 10);
  ASSERT_EQ(allocs.size(), 1u);
  EXPECT_EQ(allocs[0].size, 96u);
  EXPECT_EQ(allocs[0].type, "runtime.hchan");
  EXPECT_EQ(field(c, kHchanElemsize) & 0xffff, 0u);
  for (int i = 0; i < 10; ++i) EXPECT_EQ(call(NativeId::chansend1, {c, val(0)}).r, NativeResult::Ok);
  EXPECT_EQ(len(c), 10u);
  EXPECT_EQ(field(c, kHchanSendx), 0u);  // wrapped around
  EXPECT_TRUE(recv(c).second);
  EXPECT_EQ(len(c), 9u);
}

TEST_F(Chans, NegativeSizePanicsAsGo) {
  Ret r = call(NativeId::makechan, {ty.chan_int, static_cast<uint64_t>(-1)});
  EXPECT_EQ(r.r, NativeResult::Panic);
  EXPECT_EQ(rt.failure(), "panic: makechan: size out of range");
  EXPECT_TRUE(allocs.empty());
}

TEST_F(Chans, SizePastMaxAllocPanicsAsGo) {
  // 2^45 ints are 2^48 bytes: past maxAlloc - hchanSize.
  Ret r = call(NativeId::makechan, {ty.chan_int, uint64_t{1} << 45});
  EXPECT_EQ(r.r, NativeResult::Panic);
  EXPECT_EQ(rt.failure(), "panic: makechan: size out of range");
}

TEST_F(Chans, SizeOverflowingTheMultiplicationPanics) {
  Ret r = call(NativeId::makechan, {ty.chan_big, uint64_t{1} << 60});
  EXPECT_EQ(r.r, NativeResult::Panic);
  EXPECT_EQ(rt.failure(), "panic: makechan: size out of range");
}

// ---- the buffer -----------------------------------------------------------------------

TEST_F(Chans, TheRingWrapsAroundInFifoOrderAndClearsWhatItHandsOut) {
  const Addr c = makechan(ty.chan_int, 3);
  const Addr buf = field(c, kHchanBuf);
  send(c, 1), send(c, 2), send(c, 3);
  EXPECT_EQ(len(c), 3u);
  EXPECT_EQ(field(c, kHchanSendx), 0u);
  EXPECT_EQ(recv(c), std::pair(uint64_t{1}, true));
  EXPECT_EQ(ld64(rt, buf), 0u);  // the slot it came from is zero again
  EXPECT_EQ(field(c, kHchanRecvx), 1u);
  send(c, 4);  // into slot 0
  EXPECT_EQ(ld64(rt, buf), 4u);
  EXPECT_EQ(field(c, kHchanSendx), 1u);
  EXPECT_EQ(recv(c), std::pair(uint64_t{2}, true));
  EXPECT_EQ(recv(c), std::pair(uint64_t{3}, true));
  EXPECT_EQ(field(c, kHchanRecvx), 0u);
  EXPECT_EQ(recv(c), std::pair(uint64_t{4}, true));
  EXPECT_EQ(len(c), 0u);
  EXPECT_EQ(field(c, kHchanRecvx), 1u);
  EXPECT_EQ(field(c, kHchanSendx), 1u);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(ld64(rt, buf + 8 * i), 0u);
}

TEST_F(Chans, AReceiveWithNoDestinationDropsTheValue) {
  const Addr c = makechan(ty.chan_int, 2);
  send(c, 7), send(c, 8);
  EXPECT_EQ(call(NativeId::chanrecv1, {c, 0}).r, NativeResult::Ok);  // <-c
  EXPECT_EQ(len(c), 1u);
  EXPECT_EQ(recv(c).first, 8u);
}

TEST_F(Chans, LenAndCapOfNilAreZero) {
  EXPECT_EQ(len(0), 0u);
  EXPECT_EQ(cap(0), 0u);
}

TEST_F(Chans, StringsTravelWhole) {
  const Addr c = makechan(ty.chan_string, 1);
  st64(rt, val(4), 0x1234), st64(rt, val(5), 5);
  EXPECT_EQ(call(NativeId::chansend1, {c, val(4)}).r, NativeResult::Ok);
  EXPECT_EQ(call(NativeId::chanrecv1, {c, val(6)}).r, NativeResult::Ok);
  EXPECT_EQ(ld64(rt, val(6)), 0x1234u);
  EXPECT_EQ(ld64(rt, val(7)), 5u);
}

// ---- close ----------------------------------------------------------------------------

TEST_F(Chans, AClosedChannelDrainsItsBufferThenGivesZeroAndFalse) {
  const Addr c = makechan(ty.chan_int, 2);
  send(c, 5);
  EXPECT_EQ(call(NativeId::closechan, {c}).r, NativeResult::Ok);
  EXPECT_EQ(field(c, kHchanElemsize) >> 32, 1u);  // closed
  EXPECT_EQ(recv(c), std::pair(uint64_t{5}, true));
  EXPECT_EQ(recv(c), std::pair(uint64_t{0}, false));
  EXPECT_EQ(recv(c), std::pair(uint64_t{0}, false));
  EXPECT_EQ(len(c), 0u);
  EXPECT_EQ(cap(c), 2u);
}

TEST_F(Chans, SendOnClosedPanics) {
  const Addr c = makechan(ty.chan_int, 1);
  call(NativeId::closechan, {c});
  EXPECT_EQ(call(NativeId::chansend1, {c, put(0, 1)}).r, NativeResult::Panic);
  EXPECT_EQ(rt.failure(), "panic: send on closed channel");
  EXPECT_EQ(len(c), 0u);
}

TEST_F(Chans, CloseOfNilPanics) {
  EXPECT_EQ(call(NativeId::closechan, {0}).r, NativeResult::Panic);
  EXPECT_EQ(rt.failure(), "panic: close of nil channel");
}

TEST_F(Chans, CloseOfClosedPanics) {
  const Addr c = makechan(ty.chan_int, 0);
  EXPECT_EQ(call(NativeId::closechan, {c}).r, NativeResult::Ok);
  EXPECT_EQ(call(NativeId::closechan, {c}).r, NativeResult::Panic);
  EXPECT_EQ(rt.failure(), "panic: close of closed channel");
}

// ---- blocking, with the test as the scheduler ----------------------------------------

TEST_F(Chans, AReceiverParksAndASenderHandsTheValueStraightIntoItsFrame) {
  const Addr c = makechan(ty.chan_int, 0);
  as(2, [&] {
    EXPECT_EQ(waiting(c, Queue::Recv), 1u);
    EXPECT_EQ(gs[0].status, GStatus::Waiting);
    Ret s = call(NativeId::chansend1, {c, put(3, 42)});
    EXPECT_EQ(s.r, NativeResult::Ok);
    EXPECT_EQ(ld64(rt, val(1)), 42u);  // already in the receiver's slot
    EXPECT_EQ(gs[0].status, GStatus::Runnable);
  });
  put(1, 0);
  Ret r = call(NativeId::chanrecv2, {c, val(1)});
  EXPECT_EQ(r.r, NativeResult::Ok);
  EXPECT_TRUE(r.flag(16));
  EXPECT_EQ(ld64(rt, val(1)), 42u);
  ASSERT_EQ(parked.size(), 1u);
  EXPECT_EQ(parked[0], std::pair(uint64_t{1}, WaitReason::ChanReceive));
  EXPECT_EQ(readied, std::vector<uint64_t>{1});
  EXPECT_TRUE(rt.chan_queues().by_chan.empty());  // the entry goes with the last waiter
  EXPECT_EQ(gs[0].param, 0u);
}

TEST_F(Chans, ASenderParksOnAFullBufferAndTheReceiverRefillsFromIt) {
  const Addr c = makechan(ty.chan_int, 2);
  send(c, 1), send(c, 2);
  as(2, [&] {
    EXPECT_EQ(waiting(c, Queue::Send), 1u);
    EXPECT_EQ(recv(c), std::pair(uint64_t{1}, true));
    EXPECT_EQ(len(c), 2u);  // the parked sender's 3 took the freed slot
    EXPECT_EQ(field(c, kHchanSendx), field(c, kHchanRecvx));
  });
  EXPECT_EQ(call(NativeId::chansend1, {c, put(0, 3)}).r, NativeResult::Ok);
  EXPECT_EQ(parked[0].second, WaitReason::ChanSend);
  EXPECT_EQ(recv(c).first, 2u);
  EXPECT_EQ(recv(c).first, 3u);
}

TEST_F(Chans, CloseWakesReceiversWithZeroAndSendersToPanic) {
  const Addr c = makechan(ty.chan_int, 0);
  as(2, [&] { EXPECT_EQ(call(NativeId::closechan, {c}).r, NativeResult::Ok); });
  put(1, 99);
  Ret r = call(NativeId::chanrecv2, {c, val(1)});
  EXPECT_EQ(r.r, NativeResult::Ok);
  EXPECT_FALSE(r.flag(16));
  EXPECT_EQ(ld64(rt, val(1)), 0u);  // cleared by close

  const Addr d = makechan(ty.chan_int, 0);
  as(2, [&] { call(NativeId::closechan, {d}); });
  EXPECT_EQ(call(NativeId::chansend1, {d, put(0, 1)}).r, NativeResult::Panic);
  EXPECT_EQ(rt.failure(), "panic: send on closed channel");
}

TEST_F(Chans, CloseReadiesInGosOrderTheLastDequeuedFirst) {
  // Goroutines 1, 2, 3 receive, in that order; 4 closes. Go readies from a
  // gList (LIFO): 3, 2, 1, so 1 ends in runnext and runs first.
  const Addr c = makechan(ty.chan_int, 0);
  as(2, [&] { call(NativeId::chanrecv1, {c, 0}); });
  as(3, [&] { call(NativeId::chanrecv1, {c, 0}); });
  as(4, [&] {
    EXPECT_EQ(waiting(c, Queue::Recv), 3u);
    call(NativeId::closechan, {c});
  });
  EXPECT_EQ(call(NativeId::chanrecv1, {c, 0}).r, NativeResult::Ok);
  EXPECT_EQ(readied, (std::vector<uint64_t>{3, 2, 1}));
}

TEST_F(Chans, ANilChannelParksForever) {
  call(NativeId::chanrecv1, {0, val(0)});
  ASSERT_EQ(parked.size(), 1u);
  EXPECT_EQ(parked[0].second, WaitReason::ChanReceiveNilChan);
  // Woken anyway (nothing may wake it): the VM's own invariant is broken.
  EXPECT_EQ(rt.exit_kind(), ExitKind::Internal);
}

TEST_F(Chans, ASendOnNilParksWithItsOwnReason) {
  call(NativeId::chansend1, {0, val(0)});
  ASSERT_EQ(parked.size(), 1u);
  EXPECT_EQ(parked[0].second, WaitReason::ChanSendNilChan);
}

TEST_F(Chans, WithNoSchedulerAParkedSudogDoesNotStayQueued) {
  rt.set_switcher(nullptr);
  const Addr c = makechan(ty.chan_int, 0);
  EXPECT_EQ(call(NativeId::chanrecv1, {c, val(0)}).r, NativeResult::Fatal);
  EXPECT_TRUE(rt.chan_queues().by_chan.empty());
}

// ---- select -------------------------------------------------------------------------------

class Selects : public Chans {
 protected:
  // Lays out scases at scratch+1024 (sends first) and calls selectgo.
  Ret select(const std::vector<std::pair<Addr, Addr>>& sends, const std::vector<std::pair<Addr, Addr>>& recvs,
             bool block) {
    Addr at = scratch + 1024;
    for (const auto& cases : {sends, recvs})
      for (auto [c, elem] : cases) {
        st64(rt, at, c);
        st64(rt, at + 8, elem);
        at += kScaseSize;
      }
    return call(NativeId::selectgo, {scratch + 1024, sends.size(), recvs.size(), block ? 1u : 0u});
  }
  static int64_t selected(const Ret& r) { return static_cast<int64_t>(r.word(4)); }
};

TEST_F(Selects, NothingReadyAndADefaultReturnsMinusOne) {
  const Addr a = makechan(ty.chan_int, 0), b = makechan(ty.chan_int, 1);
  send(b, 1);  // b is full: a send case on it cannot go
  Ret r = select({{b, put(2, 5)}}, {{a, val(3)}, {0, val(3)}}, false);
  EXPECT_EQ(r.r, NativeResult::Ok);
  EXPECT_EQ(selected(r), -1);
  EXPECT_FALSE(r.flag(40));
  EXPECT_EQ(len(b), 1u);
}

TEST_F(Selects, TheReadyCaseWinsAndMovesItsValue) {
  const Addr a = makechan(ty.chan_int, 1), b = makechan(ty.chan_int, 1);
  send(b, 9);
  put(3, 0);
  Ret r = select({}, {{a, val(4)}, {b, val(3)}}, true);
  EXPECT_EQ(r.r, NativeResult::Ok);
  EXPECT_EQ(selected(r), 1);
  EXPECT_TRUE(r.flag(40));
  EXPECT_EQ(ld64(rt, val(3)), 9u);
  r = select({{a, put(5, 6)}}, {{b, val(3)}}, true);  // b is empty now; a has room
  EXPECT_EQ(selected(r), 0);
  EXPECT_EQ(recv(a).first, 6u);
}

TEST_F(Selects, AClosedChannelIsReadyWithZeroAndNotOk) {
  const Addr a = makechan(ty.chan_int, 0);
  call(NativeId::closechan, {a});
  put(3, 77);
  Ret r = select({}, {{a, val(3)}}, false);
  EXPECT_EQ(selected(r), 0);
  EXPECT_FALSE(r.flag(40));
  EXPECT_EQ(ld64(rt, val(3)), 0u);
}

TEST_F(Selects, ASendCaseOnAClosedChannelPanics) {
  const Addr a = makechan(ty.chan_int, 1);
  call(NativeId::closechan, {a});
  Ret r = select({{a, put(2, 1)}}, {}, false);
  EXPECT_EQ(r.r, NativeResult::Panic);
  EXPECT_EQ(rt.failure(), "panic: send on closed channel");
}

TEST_F(Selects, PollOrderIsRandomAmongReadyCases) {
  // Two always-ready cases: over many selects both must win, from the one
  // fastrand stream (so the same seed gives the same sequence).
  const Addr a = makechan(ty.chan_int, 0), b = makechan(ty.chan_int, 0);
  call(NativeId::closechan, {a}), call(NativeId::closechan, {b});
  std::vector<int64_t> picks;
  for (int i = 0; i < 64; ++i) picks.push_back(selected(select({}, {{a, 0}, {b, 0}}, false)));
  EXPECT_EQ(std::set<int64_t>(picks.begin(), picks.end()), (std::set<int64_t>{0, 1}));
}

TEST_F(Selects, ABlockedSelectWaitsOnEveryChannelAndLeavesTheOthersWhenServed) {
  const Addr a = makechan(ty.chan_int, 0), b = makechan(ty.chan_int, 0), c = makechan(ty.chan_int, 0);
  as(2, [&] {
    EXPECT_EQ(waiting(a, Queue::Recv), 1u);
    EXPECT_EQ(waiting(b, Queue::Recv), 1u);
    EXPECT_EQ(waiting(c, Queue::Send), 1u);
    EXPECT_EQ(call(NativeId::chansend1, {b, put(6, 31)}).r, NativeResult::Ok);
    // Already served: a close of a must skip its sudog there.
    EXPECT_EQ(call(NativeId::closechan, {a}).r, NativeResult::Ok);
  });
  put(3, 0);
  Ret r = select({{c, put(2, 1)}}, {{a, val(3)}, {b, val(3)}}, true);
  EXPECT_EQ(r.r, NativeResult::Ok);
  EXPECT_EQ(selected(r), 2);
  EXPECT_TRUE(r.flag(40));
  EXPECT_EQ(ld64(rt, val(3)), 31u);
  EXPECT_EQ(parked[0].second, WaitReason::Select);
  EXPECT_EQ(readied, std::vector<uint64_t>{1});  // once, by b's sender
  EXPECT_TRUE(rt.chan_queues().by_chan.empty());
}

TEST_F(Selects, ABlockedSelectWokenByCloseOfItsSendCasePanics) {
  const Addr a = makechan(ty.chan_int, 0);
  as(2, [&] { call(NativeId::closechan, {a}); });
  Ret r = select({{a, put(2, 1)}}, {{makechan(ty.chan_int, 0), 0}}, true);
  EXPECT_EQ(r.r, NativeResult::Panic);
  EXPECT_EQ(rt.failure(), "panic: send on closed channel");
  EXPECT_TRUE(rt.chan_queues().by_chan.empty());
}

TEST_F(Selects, EveryChannelNilBlocksAsSelect) {
  // Checked with Go 1.19: goroutine 1 [select]: (not "select (no cases)").
  select({{0, val(0)}}, {{0, val(1)}}, true);
  ASSERT_EQ(parked.size(), 1u);
  EXPECT_EQ(parked[0].second, WaitReason::Select);
}

TEST_F(Selects, SelectWithNoCasesIsBlock) {
  call(NativeId::block, {});
  ASSERT_EQ(parked.size(), 1u);
  EXPECT_EQ(parked[0].second, WaitReason::SelectNoCases);
}

// ---- sync -----------------------------------------------------------------------------

class Sync : public Chans {
 protected:
  Addr wg() const { return scratch + 2048; }  // {state1 uint64; state2 uint32}
  Addr mu() const { return scratch + 2096; }  // {state int32; sema uint32}
  uint64_t wg_state() { return ld64(rt, wg()); }
  uint32_t wg_sema() { return static_cast<uint32_t>(ld64(rt, wg() + 8)); }
  int32_t mu_state() { return static_cast<int32_t>(ld64(rt, mu())); }
  uint32_t mu_sema() { return static_cast<uint32_t>(ld64(rt, mu()) >> 32); }
  NativeResult add(int64_t d) { return call(NativeId::sync_WaitGroup_Add, {wg(), static_cast<uint64_t>(d)}).r; }
  NativeResult lock() { return call(NativeId::sync_Mutex_Lock, {mu()}).r; }
  NativeResult unlock() { return call(NativeId::sync_Mutex_Unlock, {mu()}).r; }
};

TEST_F(Sync, WaitGroupCounterIsTheHighHalfOfState1) {
  EXPECT_EQ(add(3), NativeResult::Ok);
  EXPECT_EQ(wg_state(), uint64_t{3} << 32);  // %v: {{} 12884901888 0}, as Go 1.19 prints it
  EXPECT_EQ(call(NativeId::sync_WaitGroup_Done, {wg()}).r, NativeResult::Ok);
  EXPECT_EQ(wg_state(), uint64_t{2} << 32);
  EXPECT_EQ(add(-2), NativeResult::Ok);
  EXPECT_EQ(wg_state(), 0u);
  EXPECT_EQ(call(NativeId::sync_WaitGroup_Wait, {wg()}).r, NativeResult::Ok);  // zero: no wait
  EXPECT_TRUE(parked.empty());
}

TEST_F(Sync, ANegativeCounterPanics) {
  EXPECT_EQ(call(NativeId::sync_WaitGroup_Done, {wg()}).r, NativeResult::Panic);
  EXPECT_EQ(rt.failure(), "panic: sync: negative WaitGroup counter");
}

TEST_F(Sync, WaitParksUntilTheCounterReachesZeroThenEveryWaiterIsReadied) {
  add(2);
  as(2, [&] { EXPECT_EQ(call(NativeId::sync_WaitGroup_Wait, {wg()}).r, NativeResult::Ok); });
  as(3, [&] {
    EXPECT_EQ(wg_state(), (uint64_t{2} << 32) | 2);  // two waiters counted
    EXPECT_EQ(call(NativeId::sync_WaitGroup_Done, {wg()}).r, NativeResult::Ok);
    EXPECT_TRUE(readied.empty());
    EXPECT_EQ(call(NativeId::sync_WaitGroup_Done, {wg()}).r, NativeResult::Ok);
    EXPECT_EQ(wg_state(), 0u);
    EXPECT_EQ(wg_sema(), 2u);  // one unit per waiter, taken as each runs
    EXPECT_EQ(readied, (std::vector<uint64_t>{1, 2}));
  });
  EXPECT_EQ(call(NativeId::sync_WaitGroup_Wait, {wg()}).r, NativeResult::Ok);  // goroutine 1
  EXPECT_EQ(parked[0], std::pair(uint64_t{1}, WaitReason::SyncWaitGroupWait));
  EXPECT_EQ(wg_sema(), 0u);  // goroutine 2 took its unit inside the script
}

TEST_F(Sync, MutexStateBitsFollowGo) {
  EXPECT_EQ(lock(), NativeResult::Ok);
  EXPECT_EQ(mu_state(), 1);  // %v: {1 0}
  EXPECT_EQ(unlock(), NativeResult::Ok);
  EXPECT_EQ(mu_state(), 0);
}

TEST_F(Sync, UnlockOfUnlockedIsAFatalError) {
  EXPECT_EQ(unlock(), NativeResult::Fatal);
  EXPECT_EQ(rt.failure(), "fatal error: sync: unlock of unlocked mutex");
}

TEST_F(Sync, LockOnAHeldMutexParksAndUnlockWakesTheFirstWaiter) {
  lock();  // goroutine 1 holds it
  as(1, [&] {
    EXPECT_EQ(mu_state(), 1 | 1 << 3);  // locked, one waiter (goroutine 2)
    EXPECT_EQ(unlock(), NativeResult::Ok);
    EXPECT_EQ(mu_state(), 2);  // woken; unlocked; no waiter counted
    EXPECT_EQ(mu_sema(), 1u);
    EXPECT_EQ(readied, std::vector<uint64_t>{2});
  });
  rt.set_current(&gs[1]);
  EXPECT_EQ(lock(), NativeResult::Ok);  // goroutine 2: parks, is woken, takes it
  EXPECT_EQ(parked[0], std::pair(uint64_t{2}, WaitReason::SyncMutexLock));
  EXPECT_EQ(mu_state(), 1);
  EXPECT_EQ(mu_sema(), 0u);
  EXPECT_TRUE(rt.sema_table().by_addr.empty());
  EXPECT_EQ(unlock(), NativeResult::Ok);
  EXPECT_EQ(mu_state(), 0);
}

TEST_F(Sync, AnUnlockerThatRelocksBeforeTheWokenWaiterRunsWins) {
  // Normal mode: the woken goroutine competes again and queues again at
  // the front (lifo) when it loses.
  lock();
  as(1, [&] {
    unlock();  // wakes 2 ...
    EXPECT_EQ(lock(), NativeResult::Ok);  // ... but 1 takes it back first
    EXPECT_EQ(mu_state(), 1 | 2);         // locked; the woken flag stays for 2 to clear
  });
  as(1, [&] {
    EXPECT_EQ(mu_state(), 1 | 1 << 3);  // 2 waits again
    unlock();
  });
  rt.set_current(&gs[1]);
  EXPECT_EQ(lock(), NativeResult::Ok);
  EXPECT_EQ(parked.size(), 2u);
  EXPECT_EQ(mu_state(), 1);
}

TEST_F(Sync, NilReceiverIsANilDereference) {
  EXPECT_EQ(call(NativeId::sync_Mutex_Lock, {0}).r, NativeResult::Panic);
  EXPECT_EQ(rt.failure(), "panic: runtime error: invalid memory address or nil pointer dereference");
}

// ---- time.Duration in fmt -------------------------------------------------------------

TEST(DurationString, MatchesGo) {
  // Go 1.19's Duration.String on the same values.
  const std::vector<std::pair<int64_t, const char*>> cases = {
      {0, "0s"}, {1, "1ns"}, {999, "999ns"}, {1000, "1\u00b5s"}, {1001, "1.001\u00b5s"},
      {1500000, "1.5ms"}, {999999999, "999.999999ms"}, {1000000000, "1s"}, {1500000000, "1.5s"},
      {59999999999, "59.999999999s"}, {60000000000, "1m0s"}, {150000000000, "2m30s"},
      {3599999999999, "59m59.999999999s"}, {3600000000000, "1h0m0s"}, {-1, "-1ns"}, {-1500, "-1.5\u00b5s"},
      {-60000000000, "-1m0s"}, {INT64_MAX, "2562047h47m16.854775807s"}, {INT64_MIN, "-2562047h47m16.854775808s"},
      {360000000000000, "100h0m0s"}, {10800000000002, "3h0m0.000000002s"}};
  for (auto [d, want] : cases) EXPECT_EQ(duration_string(d), want) << d;
}

class Durations : public Chans {
 protected:
  // fmt.Printf(format, args...) with each arg (type, value address).
  std::string printf(const std::string& format, const std::vector<std::pair<Addr, Addr>>& args) {
    const Addr fmt = scratch + 3072, list = scratch + 3200;
    std::memcpy(rt.mem().host(fmt, format.size()), format.data(), format.size());
    for (size_t i = 0; i < args.size(); ++i) {
      st64(rt, list + 16 * i, args[i].first);
      st64(rt, list + 16 * i + 8, eface_data(rt, args[i].first, args[i].second));
    }
    out.out.clear();
    Ret r = call(NativeId::fmt_Printf, {fmt, format.size(), list, args.size(), args.size()});
    EXPECT_EQ(r.r, NativeResult::Ok);
    return out.out;
  }
};

TEST_F(Durations, FmtCallsStringWhereGoWould) {
  // Real Go 1.19 output for d := 1500 * time.Millisecond.
  const Addr d = put(0, 1500000000), pd = put(1, d), nilp = put(2, 0);
  put(3, 1500000000), put(4, 1500000000);  // main.S{D: d, d: d}
  EXPECT_EQ(printf("%v %s %d %x %q %T %#v %5v|%-6v|", {{ty.duration, d}, {ty.duration, d}, {ty.duration, d},
                                                    {ty.duration, d}, {ty.duration, d}, {ty.duration, d},
                                                    {ty.duration, d}, {ty.duration, d}, {ty.duration, d}}),
            "1.5s 1.5s 1500000000 312e3573 \"1.5s\" time.Duration 1500000000  1.5s|1.5s  |");
  EXPECT_EQ(printf("%v %v %s %d", {{ty.pduration, pd}, {ty.pduration, nilp}, {ty.pduration, nilp}, {ty.pduration, nilp}}),
            "1.5s <nil> <nil> 0");
  EXPECT_EQ(printf("%v %+v %t", {{ty.s, val(3)}, {ty.s, val(3)}, {ty.duration, d}}),
            "{1.5s 1500000000} {D:1.5s d:1500000000} %!t(time.Duration=1500000000)");
  put(5, ty.duration), put(6, d);  // an interface{} holding d
  EXPECT_EQ(printf("%v", {{ty.iface, val(5)}}), "1.5s");
  EXPECT_EQ(format_value_at(rt, im->type_at(ty.duration), d), "1.5s");
}

TEST_F(Durations, AChannelPrintsAsItsAddress) {
  const Addr c = makechan(ty.chan_int, 0);
  const Addr v = put(0, c), nil = put(1, 0);
  EXPECT_EQ(printf("%v %p %v %p %#v", {{ty.chan_int, v}, {ty.chan_int, v}, {ty.chan_int, nil}, {ty.chan_int, nil},
                                       {ty.chan_int, nil}}),
            format_hex(c) + " " + format_hex(c) + " <nil> 0x0 (chan int)(nil)");
}

}  // namespace
}  // namespace govm
