// (issue 5) Code generation for channels: every operation is a runtime call
// on the channel's hchan address (runtime/chan.cpp), as gc's code calls
// runtime/chan.go, with the argument blocks of runtime/natives.h:
//
//   make(chan T, n)  makechan(t, n) [t | size | result]; an allocation site
//   ch <- v          v into a temporary of the element type, then
//                    chansend1 [c | &tmp]
//   <-ch             chanrecv1 [c | &tmp] into a temporary (the receive is
//                    hoisted like a call: gc's order pass copies ORECV into
//                    a temporary); [c | nil] when the value is dropped
//   v, ok := <-ch    chanrecv2 [c | &tmp | received bool]
//   close(ch)        closechan [c]
//   len(ch), cap(ch) chanlen / chancap [c | result]
//   for v := range ch
//                    chanrecv2 at the top of every iteration; the loop
//                    ends when it reports a closed, drained channel
//
// The GC contract (runtime/image.h, "What the collector relies on"): a
// channel operation may park its goroutine, and the collector then scans
// the frame at that CALLRT through live_ptrs. Every block is a temporary
// of the statement whose pointer words are noted (the channel, the elem
// address into this frame), and so is the value being sent or the
// receive's destination: all are on the live-temp stack at the CALLRT, so
// their pointer words are live there, and the runtime's writes into the
// destination while the goroutine is parked land in a word the collector
// sees (the goroutine's stack does not move while it is parked).
#include "compiler/codegen.h"
#include "compiler/escape.h"

namespace govm {

namespace {

bool is_blank(const Expr* e) {
  e = unparen(e);
  return e && e->kind == ExprKind::Ident && static_cast<const Ident*>(e)->name == "_";
}

}  // namespace

// make(chan T) / make(chan T, n): a channel always lives on the heap.
void FuncGen::make_chan_to(const CallExpr* c, Slot dst) {
  const Slot block = temp(24);
  note_ptr(block.at(16));
  if (c->args.size() > 1) {
    const Slot n = int_index(c->args[1], true);
    emit(Op::MOV_Q, {block.at(8), n});
  } else {
    emit(Op::MOVK_Q, {block.at(8), Opnd::imm(0)});
  }
  emit(Op::MOVK_Q, {block, Opnd::rel(RelocKind::Type, prog_.type_id(c->type))});
  mark(c->pos);  // may panic: makechan: size out of range
  alloc_site(c, site_name(c), "channels are always allocated on the heap");
  callrt(block, NativeId::makechan);
  emit(Op::MOV_Q, {dst, block.at(16)});
}

// ch <- v: the channel is evaluated first, then the value (gc's order).
void FuncGen::send_stmt(const SendStmt* s) {
  hoist(s->chan);
  hoist(s->value);
  const Type* et = s->chan->type->underlying()->elem;
  const Slot c = operand(s->chan);
  const Slot v = temp(et);
  expr_to_as(s->value, et, v);
  chan_send(c, v, s->pos);
}

void FuncGen::chan_send(Slot c, Slot value, Pos pos) {
  const Slot b = temp(16);
  note_ptr(b);
  note_ptr(b.at(8));
  emit(Op::MOV_Q, {b, c});
  emit(Op::LEAQ, {b.at(8), value});
  mark(pos);  // may panic: send on closed channel
  callrt(b, NativeId::chansend1);
}

Slot FuncGen::chan_recv(const Expr* ch, Slot dst, bool has_dst, bool comma_ok, Pos pos) {
  const Slot c = operand(ch);
  const Slot b = temp(comma_ok ? 24 : 16);
  note_ptr(b);
  note_ptr(b.at(8));
  emit(Op::MOV_Q, {b, c});
  if (has_dst) {
    emit(Op::LEAQ, {b.at(8), dst});
  } else {
    emit(Op::MOVK_Q, {b.at(8), Opnd::imm(0)});
  }
  mark(pos);
  callrt(b, comma_ok ? NativeId::chanrecv2 : NativeId::chanrecv1);
  return b.at(16);
}

// A receive inside an expression runs where the statement's calls run
// (hoist), into a temporary that the expression then reads.
void FuncGen::recv_pinned(const UnaryExpr* u) {
  if (pinned_slots_.count(u)) return;
  hoist(u->x);
  const Slot t = temp(u->type);
  chan_recv(u->x, t, true, false, u->pos);
  pinned_slots_[u] = t;
  pinned_ast_.push_back(u);
}

void FuncGen::recv_stmt(const UnaryExpr* u) {
  hoist(u->x);
  chan_recv(u->x, Slot{}, false, false, u->pos);
}

const UnaryExpr* FuncGen::comma_ok_recv(const Expr* e) {
  e = unparen(e);
  if (e == nullptr || e->kind != ExprKind::Unary) return nullptr;
  const auto* u = static_cast<const UnaryExpr*>(e);
  return u->op == Token::Arrow && u->comma_ok ? u : nullptr;
}

// v, ok := <-ch: the slots of the value and of ok.
std::vector<Slot> FuncGen::comma_ok_recv_to(const UnaryExpr* u) {
  hoist(u->x);
  const Slot v = temp(u->type);
  const Slot ok = chan_recv(u->x, v, true, true, u->pos);
  return {v, ok};
}

void FuncGen::close_chan(const CallExpr* c) {
  if (c->args.size() != 1) return;  // the checker reported it
  hoist(c);
  const Slot b = ptr_temp();
  expr_to(c->args[0], b);
  mark(c->pos);  // may panic: close of nil channel, close of closed channel
  callrt(b, NativeId::closechan);
}

void FuncGen::chan_len_cap(const CallExpr* c, Slot dst, bool is_cap) {
  const Slot b = temp(16);
  note_ptr(b);
  emit(Op::MOV_Q, {b, operand_last(c->args[0])});
  callrt(b, is_cap ? NativeId::chancap : NativeId::chanlen);
  emit(Op::MOV_Q, {dst, b.at(8)});
}

// for v := range ch (walkrange's chan form):
//        c' = ch
//   top: ok = chanrecv2(c', &hv)
//        if !ok goto brk
//        v = hv; hv = zero (gc: hv must not keep the last value alive)
//        body
//        JMP top
//   brk:
// continue goes to top. hv and c' are the range statement's temporaries,
// live for the whole loop.
void FuncGen::range_chan(const RangeStmt* s) {
  const Type* et = s->x->type->underlying()->elem;
  const Slot c = ptr_temp();
  {
    const uint64_t mark_x = temp_top_;
    expr_to(s->x, c);
    end_statement(mark_x);
  }
  const Expr* key = s->key && !is_blank(s->key) ? unparen(s->key) : nullptr;
  const Slot hv = key ? temp(et) : Slot{};
  const int top = new_label(), brk = new_label();
  push_targets(s, Targets{brk, top});
  bind(top);
  {
    const uint64_t mark_r = temp_top_;
    const Slot b = temp(24);
    note_ptr(b);
    note_ptr(b.at(8));
    emit(Op::MOV_Q, {b, c});
    if (key) {
      emit(Op::LEAQ, {b.at(8), hv});
    } else {
      emit(Op::MOVK_Q, {b.at(8), Opnd::imm(0)});
    }
    mark(s->pos);
    callrt(b, NativeId::chanrecv2);
    emit(Op::JF, {b.at(16), Opnd::label(brk)});
    end_statement(mark_r);
  }
  if (key) {
    const uint64_t mark_kv = temp_top_;
    if (s->tok == Token::Define && key->kind == ExprKind::Ident) declare_var(static_cast<const Ident*>(key)->obj);
    store(key, hv, key->type ? key->type : et);
    if (has_pointers(et)) zero(hv, et);
    end_statement(mark_kv);
  }
  stmt(s->body);
  emit(Op::JMP, {Opnd::label(top)});
  bind(brk);
  pop_targets(s);
}

}  // namespace govm
