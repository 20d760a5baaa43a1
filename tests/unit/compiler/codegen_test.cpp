// Tests of code generation and linking: the shape of the Image (functions
// tiling the text, globals in data and bss, deduplicated literals, type
// descriptors, pc-line tables), the code generated for the benchmarks, and
// programs run on a Machine, their output compared with what real Go 1.19
// printed for them (recorded below).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "compiler/compiler.h"
#include "runtime/image.h"
#include "runtime/natives.h"
#include "runtime/runtime.h"
#include "vm/machine.h"
#include "tests/unit/compiler/code_of.h"
#include "vm/opcodes.h"
#include "vm/verify.h"

namespace govm {
namespace {

using test::build;

struct RunResult {
  int code = -1;
  std::string out, err;
};

RunResult run(const std::shared_ptr<const Image>& image) {
  RunResult r;
  CaptureOutput cap;
  MachineOptions opts;
  opts.max_steps = 500'000'000;
  Machine m(image, cap, opts);
  r.code = m.run();
  r.out = cap.out;
  r.err = cap.err;
  return r;
}

// The instructions of one function.
std::vector<Instr> code_of(const Image& img, const std::string& name) {
  std::vector<Instr> list;
  for (const test::At& at : test::code_of(img, name)) list.push_back(at.in);
  return list;
}

std::vector<Op> ops_of(const Image& img, const std::string& name) {
  std::vector<Op> ops;
  for (const Instr& in : code_of(img, name)) ops.push_back(in.op);
  return ops;
}

std::string op_list(const std::vector<Op>& ops) {
  std::string s;
  for (Op op : ops) s += std::string(s.empty() ? "" : " ") + op_name(op);
  return s;
}

uint64_t read64(const std::vector<uint8_t>& b, size_t at) {
  uint64_t v = 0;
  std::memcpy(&v, b.data() + at, 8);
  return v;
}

std::string rodata_string(const Image& img, Addr a, uint64_t n) {
  return std::string(reinterpret_cast<const char*>(img.rodata.data() + (a - img.rodata_base)), n);
}

const char* kGlobals = R"GO(package main

import "fmt"

var answer = 42
var greeting = "hello"
var small int8 = -3
var on = true
var nothing int
var zeroed = 0
var fromCode = twice(answer)
var name string

func twice(n int) int { return 2 * n }

func main() {
	name = "x"
	fmt.Println(answer, greeting, small, on, nothing, zeroed, fromCode, name, "hello")
}
)GO";

TEST(Link, FunctionsTileTheText) {
  auto img = build(kGlobals);
  ASSERT_TRUE(img);
  ASSERT_FALSE(img->funcs.empty());
  EXPECT_EQ(img->funcs.front().entry, kTextBase);
  EXPECT_EQ(img->funcs.front().name, "main.init");
  EXPECT_EQ(img->funcs[1].name, "main.twice");
  EXPECT_EQ(img->funcs[2].name, "main.main");
  EXPECT_EQ(img->funcs.back().end, img->text_end());
  bool runtime_seen = false;
  for (size_t i = 0; i < img->funcs.size(); ++i) {
    const FuncInfo& f = img->funcs[i];
    EXPECT_LT(f.entry, f.end) << f.name;
    EXPECT_EQ(f.frame_size % 8, 0u) << f.name;
    if (i + 1 < img->funcs.size()) {
      EXPECT_EQ(f.end, img->funcs[i + 1].entry) << f.name;
    }
    if (f.is_runtime) {
      runtime_seen = true;
    } else {
      EXPECT_FALSE(runtime_seen) << "user function " << f.name << " after the runtime's";
    }
  }
  // (issue 3) One runtime entry per native the program calls, plus
  // morestack, main and goexit, in GOVM_NATIVES order, after the user code.
  std::vector<std::string> rt_names;
  for (const FuncInfo& f : img->funcs) {
    if (f.is_runtime) rt_names.push_back(f.name);
  }
  // (issue 6) fmt's operands that are not constants are boxed as gc boxes
  // them: an int by convT64, a string by convTstring, a struct by convTnoptr.
  EXPECT_EQ(rt_names, (std::vector<std::string>{"runtime.morestack", "runtime.main", "runtime.goexit", "fmt.Println",
                                                "runtime.convT64", "runtime.convTstring", "runtime.convTnoptr"}));
  EXPECT_EQ(img->func_named("runtime.concatstring2"), nullptr);  // never called
  const FuncInfo* rt_main = img->func_named("runtime.main");
  ASSERT_NE(rt_main, nullptr);
  EXPECT_EQ(img->entry, rt_main->entry);
  EXPECT_EQ(op_list(ops_of(*img, "runtime.main")), "ENTER CALL CALL EXIT");
  EXPECT_EQ(op_list(ops_of(*img, "runtime.goexit")), "GOEXIT");
  EXPECT_EQ(op_list(ops_of(*img, "fmt.Println")), "NATIVE RET");
  EXPECT_EQ(verify_text(*img), "");
  // Segments follow each other, page aligned.
  EXPECT_EQ(img->rodata_base % kImagePageAlign, 0u);
  EXPECT_GE(img->rodata_base, img->text_end());
  EXPECT_EQ(img->data_base % kImagePageAlign, 0u);
  EXPECT_GE(img->data_base, img->rodata_base + img->rodata.size());
  EXPECT_EQ(img->bss_base % kImagePageAlign, 0u);
  EXPECT_GE(img->bss_base, img->data_base + img->data.size());
}

TEST(Link, GlobalsInDataAndBss) {
  auto img = build(kGlobals);
  ASSERT_TRUE(img);
  std::map<std::string, const GlobalVar*> g;
  for (const GlobalVar& v : img->globals) g[v.name] = &v;
  ASSERT_EQ(g.size(), 8u);
  // Non-zero constant initializers in data; as gc, a zero constant and no
  // initializer in bss; initialized by code in bss.
  EXPECT_EQ(g["main.answer"]->segment, Segment::Data);
  EXPECT_EQ(g["main.greeting"]->segment, Segment::Data);
  EXPECT_EQ(g["main.small"]->segment, Segment::Data);
  EXPECT_EQ(g["main.on"]->segment, Segment::Data);
  EXPECT_EQ(g["main.nothing"]->segment, Segment::Bss);
  EXPECT_EQ(g["main.zeroed"]->segment, Segment::Bss);
  EXPECT_EQ(g["main.fromCode"]->segment, Segment::Bss);
  EXPECT_TRUE(g["main.fromCode"]->init_by_code);
  EXPECT_FALSE(g["main.answer"]->init_by_code);
  EXPECT_FALSE(g["main.nothing"]->init_by_code);
  EXPECT_EQ(g["main.answer"]->decl_line, 5u);
  // In address order, within their segment, not overlapping.
  for (size_t i = 0; i < img->globals.size(); ++i) {
    const GlobalVar& v = img->globals[i];
    EXPECT_EQ(img->segment_of(v.addr), v.segment) << v.name;
    EXPECT_NE(img->type_at(v.type), nullptr) << v.name;
    if (i + 1 < img->globals.size()) {
      EXPECT_LE(v.addr + v.size, img->globals[i + 1].addr) << v.name;
    }
  }
  // Values in data.
  EXPECT_EQ(read64(img->data, g["main.answer"]->addr - img->data_base), 42u);
  EXPECT_EQ(img->data[g["main.small"]->addr - img->data_base], 0xfd);
  EXPECT_EQ(img->data[g["main.on"]->addr - img->data_base], 1);
  const size_t gs = g["main.greeting"]->addr - img->data_base;
  EXPECT_EQ(read64(img->data, gs + 8), 5u);
  EXPECT_EQ(rodata_string(*img, read64(img->data, gs), 5), "hello");
  EXPECT_EQ(img->segment_of(read64(img->data, gs)), Segment::Rodata);
}

TEST(Link, StringLiteralsDeduplicated) {
  auto img = build(kGlobals);
  ASSERT_TRUE(img);
  int hellos = 0;
  Addr hello = 0;
  for (const StringLit& s : img->strings) {
    EXPECT_EQ(img->segment_of(s.addr), Segment::Rodata);
    if (rodata_string(*img, s.addr, s.len) == "hello") ++hellos, hello = s.addr;
  }
  EXPECT_EQ(hellos, 1);
  // main.main's literal "hello" is the global's bytes.
  bool found = false;
  for (const Instr& in : code_of(*img, "main.main")) {
    if (in.op == Op::LOADSTR && in.operand[2] == 5) {
      EXPECT_EQ(static_cast<Addr>(in.operand[1]), hello);
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST(Link, TypeDescriptors) {
  auto img = build(kGlobals);
  ASSERT_TRUE(img);
  std::map<std::string, const TypeDesc*> t;
  for (const TypeDesc& d : img->types) t[d.name] = &d;
  for (const char* name : {"int", "string", "int8", "bool"}) ASSERT_TRUE(t.count(name)) << name;
  const TypeDesc* s = t["string"];
  EXPECT_EQ(s->kind, TypeKind::String);
  EXPECT_EQ(s->size, 16u);
  EXPECT_EQ(s->ptrdata, 8u);
  const size_t at = s->addr - img->rodata_base;
  EXPECT_EQ(read64(img->rodata, at), 16u);
  EXPECT_EQ(img->rodata[at + 16], static_cast<uint8_t>(TypeKind::String));
  EXPECT_EQ(rodata_string(*img, read64(img->rodata, at + 24), read64(img->rodata, at + 32)), "string");
  EXPECT_EQ(t["int8"]->kind, TypeKind::Int8);
  EXPECT_EQ(t["int8"]->size, 1u);
  EXPECT_EQ(img->type_at(t["int"]->addr), t["int"]);
  // Every fmt argument names a descriptor (9), and so does each of the
  // operands that runtime.convT/convTnoptr boxes by its type (2, issue 6).
  int pairs = 0;
  for (const Instr& in : code_of(*img, "main.main")) {
    if (in.op == Op::MOVK_Q && img->type_at(static_cast<Addr>(in.operand[1]))) ++pairs;
  }
  EXPECT_EQ(pairs, 9 + 2);
}

TEST(Link, PcLineTables) {
  auto img = build(kGlobals);
  ASSERT_TRUE(img);
  for (const FuncInfo& f : img->funcs) {
    if (f.is_runtime) continue;
    ASSERT_FALSE(f.lines.empty()) << f.name;
    for (size_t i = 0; i < f.lines.size(); ++i) {
      EXPECT_LT(f.lines[i].pc_offset, f.end - f.entry) << f.name;
      EXPECT_GT(f.lines[i].line, 0u) << f.name;
      if (i > 0) {
        EXPECT_LT(f.lines[i - 1].pc_offset, f.lines[i].pc_offset) << f.name;
      }
    }
  }
  const FuncInfo* m = img->func_named("main.main");
  EXPECT_EQ(m->line_at(m->entry), 16u);
  EXPECT_EQ(m->line_at(m->end - 4), 19u);  // the final RET is the closing brace
}

TEST(Codegen, FibIsTight) {
  auto img = build(R"GO(package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(32))
}
)GO");
  ASSERT_TRUE(img);
  EXPECT_EQ(op_list(ops_of(*img, "main.fib")),
            "ENTER JGEI_Q MOV_Q RET ADDI_Q CALL MOV_Q ADDI_Q CALL ADD_Q RET");
  const FuncInfo* f = img->func_named("main.fib");
  EXPECT_EQ(f->params_size, 8u);
  EXPECT_EQ(f->results_size, 8u);
  ASSERT_EQ(f->locals.size(), 2u);
  EXPECT_EQ(f->locals[0].name, "n");
  EXPECT_EQ(f->locals[0].role, LocalVar::Role::Param);
  EXPECT_EQ(f->locals[0].offset, f->frame_size + 16);
  EXPECT_EQ(f->locals[1].role, LocalVar::Role::Result);
  EXPECT_EQ(f->locals[1].offset, f->frame_size + 24);
}

TEST(Codegen, LoopIsTight) {
  auto img = build(R"GO(package main

import "fmt"

func main() {
	n := 8000
	s := 0
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			s = (s + i*j + (i ^ j)) & 0xFFFFFFF
		}
	}
	fmt.Println(s)
}
)GO");
  ASSERT_TRUE(img);
  const std::string ops = op_list(ops_of(*img, "main.main"));
  // The inner loop: five operations, the increment and one fused branch.
  EXPECT_NE(ops.find("MUL_Q ADD_Q XOR_Q ADD_Q ANDI_Q ADDI_Q JLT_Q"), std::string::npos) << ops;
}

TEST(Compile, UnreadableFile) {
  CompileResult r = compile_file("/nonexistent/prog.go");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.errors_text, "open /nonexistent/prog.go: no such file or directory\n");
  ASSERT_EQ(r.diagnostics.size(), 1u);
}

TEST(Compile, Deterministic) {
  auto a = build(kGlobals);
  auto b = build(kGlobals);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->text, b->text);
  EXPECT_EQ(a->rodata, b->rodata);
  EXPECT_EQ(a->data, b->data);
}

// Programs and what real Go printed for them (stdout, stderr, exit code).
struct GoProgram {
  const char* name;
  const char* src;
  const char* out;
  const char* err;
  int code;
};

const GoProgram kPrograms[] = {
    {"hello",
     R"GO(package main

import "fmt"

func main() {
	fmt.Println("hello, world", 42, true, -7)
	fmt.Print("a", "b", 1, 2, "\n")
	fmt.Println()
}
)GO",
     R"GO(hello, world 42 true -7
ab1 2

)GO",
     R"GO()GO", 0},
    {"fib",
     R"GO(package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(20))
	for i := 0; i < 10; i++ {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
}
)GO",
     R"GO(6765
0 1 1 2 3 5 8 13 21 34 
)GO",
     R"GO()GO", 0},
    {"loop",
     R"GO(package main

import "fmt"

func main() {
	n := 300
	s := 0
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			s = (s + i*j + (i ^ j)) & 0xFFFFFFF
		}
	}
	fmt.Println(s)
	k := 0
	for k < 10 {
		k += 3
	}
	for {
		k--
		if k < 5 {
			break
		}
	}
	fmt.Println(k)
}
)GO",
     R"GO(149522972
4
)GO",
     R"GO()GO", 0},
    {"ints",
     R"GO(package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int16 = -32768
	c = -c
	var d uint32 = 1 << 31
	d *= 2
	var e int32 = -7
	fmt.Println(a, b, c, d, e/2, e%3, -7/2, uint8(200)+b)
	x := 1000
	fmt.Println(int8(x), uint8(x), int16(x*100), uint16(x*100), int32(x*x*x*10), uint32(x*x*x*10))
	var y int8 = -1
	fmt.Println(int64(y), uint64(y), uint16(y), int(uint8(y)), uint32(int16(y)))
	var u uint = 5
	var n int = 3
	fmt.Println(u<<n, -5>>1, u>>1, 0xFF&^0x0F, x&^7, x|5, x^x, ^x, -x)
	var big uint64 = 1<<64 - 1
	fmt.Println(big, big/3, big%7, big>>63, int64(big))
	var s8 int8 = -128
	fmt.Println(s8/-1, s8%-1, s8>>7, s8<<1)
	var cnt uint8 = 70
	fmt.Println(x<<cnt, x>>cnt, y>>cnt, int8(1)<<6)
	var i32 int32 = 1 << 30
	fmt.Println(i32*4, i32+i32, uint16(65535)+uint16(b))
	const k = 10
	fmt.Println(k*k, x*k, x/k, x%k, x-k, k-x)
	var r rune = 'é'
	var by byte = 'A'
	fmt.Println(r, by, r+1, by+1)
	fmt.Println(7 > 3, x < 3, u >= 5, big <= 0, y != -1, e == -7)
	var m32 int32 = -2147483648
	fmt.Println(m32/-1, m32%-1, -m32)
	var up uintptr = 255
	fmt.Println(up, up+1)
}
)GO",
     R"GO(-128 255 -32768 0 -3 -1 -3 199
-24 232 -31072 34464 1410065408 1410065408
-1 18446744073709551615 65535 255 4294967295
40 -3 2 240 1000 1005 0 -1001 -1000
18446744073709551615 6148914691236517205 1 1 -1
-128 0 -1 0
0 0 -1 64
0 -2147483648 254
100 10000 100 0 990 -990
233 65 234 66
true false true false false true
-2147483648 0 -2147483648
255 256
)GO",
     R"GO()GO", 0},
    {"strs",
     R"GO(package main

import "fmt"

func word(i int) string {
	if i%2 == 0 {
		return "even"
	}
	return "odd"
}

func main() {
	a, b, c := "foo", "bar", "baz"
	s := a + b
	fmt.Println(s, len(s), s[0], s[1:4], s[:2], s[3:], s[:])
	t := a + "-" + b + "-" + c
	u := a + b + c + a + b + c + "!"
	fmt.Println(t, u, len(u))
	fmt.Println(a == "foo", a != b, a < b, a > b, a <= "foo", b >= "bar", "" < a)
	h := "héllo, 世界"
	for i, r := range h {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	n := 0
	for range h {
		n++
	}
	fmt.Println(n, len(h))
	for i := range "abc" {
		fmt.Print(i)
	}
	fmt.Println()
	var acc string
	for i := 0; i < 5; i++ {
		acc += word(i) + ","
	}
	fmt.Println(acc, len(acc))
	const greeting = "hi" + " there"
	fmt.Println(greeting, len(greeting), greeting[3])
	var e string
	fmt.Println(e == "", len(e), e+e == "")
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Print(i, " ", r, ";")
	}
	fmt.Println()
	x := s[2]
	fmt.Println(x)
}
)GO",
     R"GO(foobar 6 102 oob fo bar foobar
foo-bar-baz foobarbazfoobarbaz! 19
true true false true true true true
0:104 1:233 3:108 4:108 5:111 6:44 7:32 8:19990 11:30028 
9 14
012
even,odd,even,odd,even, 23
hi there 8 116
true 0 true
0 97;1 65533;2 98;
111
)GO",
     R"GO()GO", 0},
    {"sw",
     R"GO(package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "big"
}

func main() {
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			fmt.Println("zero")
		case 1, 2:
			fmt.Println("one or two")
			fallthrough
		case 3:
			fmt.Println("three-ish", i)
		default:
			fmt.Println("default", i)
		case 5:
			fmt.Println("five")
			break
			fmt.Println("unreached")
		}
	}
	fmt.Println(classify(-3), classify(0), classify(7), classify(70))
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	}
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		switch {
		case i == 1:
			continue
		}
		fmt.Print(i)
	}
	fmt.Println()
	s := "b"
	switch s {
	case "a":
		fmt.Println("A")
	case "b", "c":
		fmt.Println("B or C")
	}
	var u8 uint8 = 3
	switch u8 {
	case 1:
	case 3:
		fmt.Println("u8 is 3")
	}
loop:
	for i := 0; ; i++ {
		switch i {
		case 4:
			break loop
		}
	}
	fmt.Println("done")
}
)GO",
     R"GO(zero
one or two
three-ish 1
one or two
three-ish 2
three-ish 3
default 4
five
neg zero small big
ten
0 0 0 1 1 0 1 1 2 0 2 1 
02
B or C
u8 is 3
done
)GO",
     R"GO()GO", 0},
    {"glob",
     R"GO(package main

import "fmt"

var total = compute()
var base = 10
var name = "govm"
var empty = ""
var zero = 0
var flag bool
var counter int
var derived = total * 2
var q, r = divmod(17, 5)

func compute() int {
	return base + 5
}

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func named(n int) (x, y int) {
	x = n
	y = n * n
	if n > 2 {
		return
	}
	return y, x
}

func sum3(a, b, c int) int { return a + b + c }

func pair() (int, int) { return 3, 4 }

func add(a, b int) int { return a + b }

func init() {
	counter = 100
	fmt.Println("init 0", total, derived)
}

func init() {
	counter++
	fmt.Println("init 1", counter)
}

func main() {
	fmt.Println(total, base, name, empty == "", zero, flag, counter, derived, q, r)
	a, b := swap("x", "y")
	fmt.Println(a, b)
	a, b = b, a
	fmt.Println(a, b)
	n1, n2 := named(2)
	fmt.Println(n1, n2)
	n1, n2 = named(3)
	fmt.Println(n1, n2)
	fmt.Println(sum3(add(1, 2), add(3, 4), add(5, 6)))
	fmt.Println(add(pair()))
	counter += 5
	base++
	name += "!"
	fmt.Println(counter, base, name)
	x, _ := divmod(9, 2)
	_, y := divmod(9, 2)
	fmt.Println(x, y)
	var i, j = 1, 2
	var k int
	fmt.Println(i, j, k)
}
)GO",
     R"GO(init 0 15 30
init 1 101
15 10 govm true 0 false 101 30 3 2
y x
x y
4 2
3 9
21
7
106 11 govm!
4 1
1 2 0
)GO",
     R"GO()GO", 0},
    {"prt",
     R"GO(package main

func main() {
	println("hello", 1, -2, true, false)
	print("x", 1, 2, "\n")
	var u8 uint8 = 255
	var i8 int8 = -5
	var up uintptr = 4096
	println(u8, i8, up, uint64(1<<63))
	println()
}
)GO",
     R"GO()GO",
     R"GO(hello 1 -2 true false
x12
255 -5 4096 9223372036854775808

)GO", 0},
    {"printf",
     R"GO(package main

import "fmt"

func main() {
	name := "gopher"
	n := 42
	fmt.Printf("hello %s, %d\n", name, n)
	fmt.Printf("%v %x %X %5d|%-5d|%05d\n", n, 255, 255, n, n, n)
	fmt.Printf("%q %c %U\n", "hi", 'A', 'A')
	var b byte = 'z'
	fmt.Printf("%v %d %T %T %T\n", b, b, b, n, name)
	fmt.Printf("100%%\n")
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%t %v\n", true, false)
}
)GO",
     R"GO(hello gopher, 42
42 ff FF    42|42   |00042
"hi" A U+0041
122 122 uint8 int string
100%
%!d(string=str) %!s(int=5)
%!d(MISSING)
true false
)GO",
     R"GO()GO", 0},
    {"calls",
     R"GO(package main

import "fmt"

var g = 5
var trace string

func note(s string, v int) int {
	trace += s
	fmt.Println("note", s, v)
	return v
}

func bump() int {
	g++
	return g
}

func mix(a int8, b int16, c int32, d int64, e bool, s string, u uint8) (int64, string, bool) {
	return int64(a) + int64(b) + int64(c) + d + int64(u), s + "!", !e
}

func three(a, b, c int) int { return a*100 + b*10 + c }

func pair(n int) (int8, uint16) { return int8(n), uint16(n * 1000) }

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

func named(a, b int) (x, y int) {
	x, y = a, b
	if a > b {
		return y, x
	}
	return
}

func main() {
	fmt.Println(three(g, bump(), g))
	fmt.Println(three(note("a", 1), note("b", 2), note("c", 3)), trace)
	x := 7
	fmt.Println(three(x, bump(), x+1), three(1, three(1, 2, 3), 2))
	var i8 int8 = -3
	var i16 int16 = 300
	r1, r2, r3 := mix(i8, i16, 70000, 1<<40, true, "hi", 200)
	fmt.Println(r1, r2, r3)
	r1, r2, r3 = mix(int8(x), int16(x)*100, int32(i8), int64(i16), false, r2+r2, uint8(i8))
	fmt.Println(r1, r2, r3)
	p, q := pair(300)
	fmt.Println(p, q)
	fmt.Println(sum(100000))
	n1, n2 := named(1, 2)
	fmt.Println(n1, n2)
	a, b := named(5, 3)
	fmt.Println(a, b)
	if note("l", 1) > 0 || note("r", 2) > 0 {
		fmt.Println("or")
	}
	if note("l", 0) > 0 && note("r", 2) > 0 {
		fmt.Println("and")
	}
	t := note("x", 1) == 1 && (note("y", 2) == 3 || note("z", 4) == 4)
	f := !t || x < 3
	fmt.Println(t, f)
	var u uint64 = 1 << 63
	if u > 10 {
		fmt.Println("big u")
	}
	if 3 < x && 100 >= x && -1 != x {
		fmt.Println("x in range")
	}
	for k := 0; k < 3; k++ {
		var z int
		z += k
		x := x + k
		fmt.Print(z, x, " ")
	}
	fmt.Println(x)
	s := "a"
	if s == "a" && s+"b" != "ab" {
		fmt.Println("no")
	} else if s < "b" {
		fmt.Println("yes")
	}
	fmt.Println(len(s+"bcd"), len("xyz"), s+s+s+s+s+s+s)
}
)GO",
     R"GO(666
note a 1
note b 2
note c 3
123 abc
778 1332
1099511698273 hi! false
1257 hi!hi!! true
44 37856
5000050000
1 2
3 5
note l 1
or
note l 0
note x 1
note y 2
note z 4
true false
big u
x in range
0 7 1 8 2 9 7
yes
4 3 aaaaaaa
)GO",
     R"GO()GO", 0},
    {"more",
     R"GO(package main

import "fmt"

var gi8 int8 = 100
var gu16 uint16 = 65000
var gs = "glob"
var gr rune

func main() {
	gi8 += 100
	gu16 *= 2
	gs += "al"
	fmt.Println(gi8, gu16, gs)
	var u8 uint8 = 3
	var n int = 2
	var i8 int8 = -64
	fmt.Println(i8<<u8, i8>>u8, i8<<n, uint8(i8)>>n, i8>>100, -i8, ^u8, -u8)
	var big uint64 = 18446744073709551615
	fmt.Println(big < 10, big > 1<<63, big == 18446744073709551615, -big)
	var i, r = 0, 'x'
	for i, r = range "añb" {
		fmt.Print(i, r, " ")
	}
	fmt.Println(i, r)
	for _, gr = range "zé" {
	}
	fmt.Println(gr)
outer:
	for i, c := range "abc" {
		for j := range "xy" {
			if j == 1 {
				continue outer
			}
			if c == 'c' {
				break outer
			}
			fmt.Print(i, j, c, ";")
		}
	}
	fmt.Println()
	for k := 0; k < 4; k++ {
		switch k {
		case 0, 1:
			fmt.Print("low")
			fallthrough
		default:
			fmt.Print("!")
		case 3:
			fmt.Print("three")
		}
		fmt.Println()
	}
	switch {
	default:
		fmt.Println("only default")
	}
	switch x := 3; {
	case x > 5:
		fmt.Println(">5")
	case x > 1:
		fmt.Println(">1")
	}
	fmt.Printf("%d %d %d %d %s %v %x\n", int8(-5), uint16(7), int32(-9), uint64(1<<60), gs, gi8, gu16)
	var b1, b2 = true, false
	fmt.Println(b1 == b2, b1 != b2, !b1, b1 && !b2)
	x := 10
	x -= 3
	x *= 4
	x /= 3
	x %= 5
	x <<= 3
	x >>= 1
	x |= 1
	x &= 0xff
	x ^= 0x0f
	x &^= 2
	fmt.Println(x)
	var m int32 = 1000000
	m *= m
	fmt.Println(m, m/7, m%7)
	s := "hello, world"
	fmt.Println(s[len(s)-1], s[7:], s[:len(s)-7], s[2:2] == "")
	const c = "const"
	fmt.Println(c[1], c[1:3], len(c)+1)
}
)GO",
     R"GO(-56 64464 global
0 -8 0 48 -1 64 252 253
false true true 1
0 97 1 241 3 98 3 98
233
0 0 97;1 0 98;
low!
low!
!
three
only default
>1
-5 7 -9 1152921504606846976 global -56 fbd0
false true false true
28
-727379968 -103911424 0
100 world hello true
111 on 6
)GO",
     R"GO()GO", 0},
    {"order",
     R"GO(package main

import "fmt"

var g = 5
var s = "a"

func bump() int {
	g++
	return g
}

func bs() string { s += "b"; return s }

func three(a, b, c int) int { return a*100 + b*10 + c }

func id(x int) int { return x }

func main() {
	fmt.Println(three(g+1, bump(), g))
	fmt.Println(three(id(g), bump(), g))
	fmt.Println(g + bump())
	fmt.Println(g*2 + bump())
	fmt.Println(bump() + g)
	x := g
	y := g + bump() + g
	fmt.Println(x, y)
	fmt.Println(s + bs())
	fmt.Println(g, bump(), g)
	fmt.Println(g < bump())
	a, b := g, bump()
	fmt.Println(a, b)
	g, b = bump(), g
	fmt.Println(g, b)
}
)GO",
     R"GO(766
677
16
27
20
10 33
abab
12 12 12
false
14 14
15 15
)GO",
     R"GO()GO", 0},
};

class RunProgram : public ::testing::TestWithParam<GoProgram> {};

TEST_P(RunProgram, PrintsWhatGoPrints) {
  const GoProgram& p = GetParam();
  auto img = build(p.src);
  ASSERT_TRUE(img);
  ASSERT_EQ(verify_text(*img), "");
  const RunResult r = run(img);
  EXPECT_EQ(r.out, p.out);
  EXPECT_EQ(r.err, p.err);
  EXPECT_EQ(r.code, p.code);
}

INSTANTIATE_TEST_SUITE_P(Go, RunProgram, ::testing::ValuesIn(kPrograms),
                         [](const ::testing::TestParamInfo<GoProgram>& i) { return std::string(i.param.name); });

// Panics: Go's message, exit status 2, and a traceback naming the lines.
TEST(RunPanics, IndexOutOfRange) {
  auto img = build(R"GO(package main

import "fmt"

func get(s string, i int) byte {
	return s[i]
}

func div(a, b int) int {
	return a / b
}

func shift(x int, n int) int {
	return x << n
}

func main() {
	fmt.Println("start", div(7, 2), shift(1, 3))
	fmt.Println(get("abc", 5))
}
)GO");
  ASSERT_TRUE(img);
  const RunResult r = run(img);
  EXPECT_EQ(r.out, "start 3 8\n");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err.rfind("panic: runtime error: index out of range [5] with length 3\n", 0), 0u) << r.err;
  EXPECT_NE(r.err.find("prog.go:6"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("prog.go:19"), std::string::npos) << r.err;
}

TEST(RunPanics, DivideAndShift) {
  const char* div = R"GO(package main

func div(a, b int8) int8 {
	return a / b
}

func main() {
	println(div(-128, -1))
	println(div(1, 0))
}
)GO";
  auto img = build(div);
  ASSERT_TRUE(img);
  RunResult r = run(img);
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err.rfind("-128\npanic: runtime error: integer divide by zero\n", 0), 0u) << r.err;
  EXPECT_NE(r.err.find("prog.go:4"), std::string::npos) << r.err;

  img = build(R"GO(package main

func main() {
	n := -1
	var s int32 = 1
	println(s << 40, 1 << 3)
	println(s << n)
}
)GO");
  ASSERT_TRUE(img);
  r = run(img);
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err.rfind("0 8\npanic: runtime error: negative shift amount\n", 0), 0u) << r.err;
}

// ---- (issue 3) stack maps, allocation sites, frames, tuple assignment

bool any_bit(const std::vector<uint64_t>& mask) {
  for (uint64_t w : mask) {
    if (w != 0) return true;
  }
  return false;
}

bool bit(const std::vector<uint64_t>& mask, uint64_t word) {
  return word / 64 < mask.size() && ((mask[word / 64] >> (word % 64)) & 1u);
}

const LocalVar* local_named(const FuncInfo& f, const std::string& name) {
  for (const LocalVar& v : f.locals) {
    if (v.name == name) return &v;
  }
  return nullptr;
}

// The runtime entry a CALLRT at pc calls.
NativeId callrt_at(const Image& img, Addr pc) {
  Instr in{};
  const size_t off = static_cast<size_t>(pc - kTextBase);
  EXPECT_TRUE(decode(reinterpret_cast<const uint32_t*>(img.text.data() + off), (img.text.size() - off) / 4, in));
  EXPECT_EQ(in.op, Op::CALLRT);
  return static_cast<NativeId>(in.operand[1]);
}

const AllocSite* site_named(const Image& img, const std::string& what) {
  for (const AllocSite& a : img.alloc_sites) {
    if (a.what == what) return &a;
  }
  return nullptr;
}

TEST(StackMaps, PointerLocalsHaveTheirBitsPureIntsNone) {
  auto img = build(R"GO(package main

type T struct {
	n    int
	next *T
	name string
}

func sum(a, b int) int {
	c := a * b
	for i := 0; i < a; i++ {
		c += i
	}
	return c
}

func walk(t *T, s []int) int {
	var keep *T
	n := 0
	for t != nil {
		keep = t
		n += t.n + len(t.name)
		t = t.next
	}
	if keep != nil {
		n += len(s)
	}
	return n
}

func main() {
	t := &T{1, &T{2, nil, "b"}, "a"}
	println(sum(3, 4), walk(t, []int{1, 2}))
}
)GO");
  ASSERT_TRUE(img);
  const FuncInfo* sum = img->func_named("main.sum");
  ASSERT_NE(sum, nullptr);
  EXPECT_FALSE(any_bit(sum->frame_ptrs)) << "an int-only function has no pointer words";
  EXPECT_FALSE(any_bit(sum->args_ptrs));

  const FuncInfo* walk = img->func_named("main.walk");
  ASSERT_NE(walk, nullptr);
  const LocalVar* keep = local_named(*walk, "keep");
  const LocalVar* n = local_named(*walk, "n");
  ASSERT_TRUE(keep && n);
  ASSERT_EQ(keep->offset % 8, 0u);
  EXPECT_TRUE(bit(walk->frame_ptrs, keep->offset / 8));
  EXPECT_FALSE(bit(walk->frame_ptrs, n->offset / 8));
  // Arguments: t at 0 is a pointer, s at 8 a slice (its data word only),
  // the int result at 32 none.
  EXPECT_TRUE(bit(walk->args_ptrs, 0));
  EXPECT_TRUE(bit(walk->args_ptrs, 1));
  EXPECT_FALSE(bit(walk->args_ptrs, 2));
  EXPECT_FALSE(bit(walk->args_ptrs, 3));
  EXPECT_FALSE(bit(walk->args_ptrs, 4));
  // No bit past the frame.
  for (uint64_t w = walk->frame_size / 8; w < 64 * walk->frame_ptrs.size(); ++w) {
    EXPECT_FALSE(bit(walk->frame_ptrs, w)) << w;
  }
}

TEST(AllocSites, RecordedWithLineColumnAndEntry) {
  auto img = build(R"GO(package main

import "fmt"

type P struct{ x, y int }

var sink []int
var psink *P
var ssink string

func main() {
	psink = &P{1, 2}
	sink = []int{1, 2, 3}
	s := "a"
	ssink = s + ssink
	b := []byte("hello")
	fmt.Println(len(b), len(sink), psink.x)
}
)GO");
  ASSERT_TRUE(img);
  const AllocSite* p = site_named(*img, "&P{...}");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->line, 12u);
  EXPECT_GT(p->col, 0u);
  EXPECT_FALSE(p->reason.empty());
  EXPECT_EQ(callrt_at(*img, p->pc), NativeId::newobject);
  // A slice literal's backing array on the heap is one object of type
  // [3]int (newobject, as gc's slicelit), not a makeslice.
  const AllocSite* lit = site_named(*img, "[]int{...}");
  ASSERT_NE(lit, nullptr);
  EXPECT_EQ(lit->line, 13u);
  EXPECT_EQ(callrt_at(*img, lit->pc), NativeId::newobject);
  // Every site names an allocating CALLRT.
  for (const AllocSite& a : img->alloc_sites) {
    const NativeId id = callrt_at(*img, a.pc);
    EXPECT_NE(id, NativeId::printint) << a.what;
    EXPECT_GT(a.line, 0u) << a.what;
  }
}

TEST(AllocSites, ConcatenationIsASite) {
  auto img = build(R"GO(package main

var g string

func main() {
	a, b := "go", "vm"
	g = a + b
	s := "x"
	s += a
	println(g, s)
}
)GO");
  ASSERT_TRUE(img);
  const AllocSite* ab = site_named(*img, "a + b");
  ASSERT_NE(ab, nullptr);
  EXPECT_EQ(ab->line, 7u);
  EXPECT_EQ(ab->col, 6u);
  EXPECT_EQ(callrt_at(*img, ab->pc), NativeId::concatstring2);
  EXPECT_FALSE(ab->reason.empty()) << "g = a + b escapes";
  const AllocSite* sa = site_named(*img, "s + a");
  ASSERT_NE(sa, nullptr);
  EXPECT_EQ(sa->line, 9u);
  EXPECT_EQ(callrt_at(*img, sa->pc), NativeId::concatstring2);
  const RunResult r = run(img);
  EXPECT_EQ(r.err, "govm xgo\n");
}

// Temporaries die with their statement: a function's frame does not grow
// with the number of statements, only with the largest one.
TEST(Frames, TemporariesAreReusedAcrossStatements) {
  auto frame_of = [](int statements) {
    std::string src = "package main\n\nimport \"fmt\"\n\nfunc f(a, b int) {\n";
    for (int i = 0; i < statements; ++i) src += "\tfmt.Println(a+b, a*b, a-b)\n\tif a*b > a+b {\n\t\tprintln(a, b)\n\t}\n";
    src += "}\n\nfunc main() { f(1, 2) }\n";
    auto img = build(src);
    const FuncInfo* f = img ? img->func_named("main.f") : nullptr;
    EXPECT_NE(f, nullptr);
    return f ? f->frame_size : 0u;
  };
  const uint32_t one = frame_of(1);
  EXPECT_GT(one, 0u);
  EXPECT_EQ(frame_of(8), one);
  EXPECT_LE(one, 160u) << "three efaces, their values and the []any header";
}

TEST(RunPanics, TupleAssignmentChecksTargetsInOrder) {
  const char* src = R"GO(package main

type T struct{ x int }

func main() {
	b := []int{4}
	var p *T
	j := 5
	println("start", p == nil)
	%s
}
)GO";
  struct Case {
    const char* stmt;
    const char* panic;
  };
  const Case cases[] = {
      {"p.x, b[j] = 1, 2", "panic: runtime error: invalid memory address or nil pointer dereference"},
      {"b[j], p.x = 1, 2", "panic: runtime error: index out of range [5] with length 1"},
      {"b[j], j = 2, 10/(j-5)", "panic: runtime error: index out of range [5] with length 1"},
      {"b[j], b[0] = 2, p.x", "panic: runtime error: invalid memory address or nil pointer dereference"},
  };
  for (const Case& c : cases) {
    char buf[512];
    std::snprintf(buf, sizeof buf, src, c.stmt);
    auto img = build(buf);
    ASSERT_TRUE(img) << c.stmt;
    const RunResult r = run(img);
    EXPECT_EQ(r.code, 2) << c.stmt;
    EXPECT_EQ(r.err.rfind(std::string("start true\n") + c.panic + "\n", 0), 0u) << c.stmt << "\n" << r.err;
  }
}

TEST(Codegen, TupleAssignmentCopiesOnlyWhatAnEarlierAssignmentChanges) {
  auto img = build(R"GO(package main

func main() {
	a, b := 0, 1
	for i := 0; i < 10; i++ {
		a, b = b, a+b
	}
	x := []int{1, 2, 3}
	i := 0
	i, x[i] = 1, 2
	x[i], i = 3, 2
	println(a, b, i, x[0], x[1], x[2])
}
)GO");
  ASSERT_TRUE(img);
  const RunResult r = run(img);
  EXPECT_EQ(r.err, "55 89 2 2 3 3\n");
}

}  // namespace
}  // namespace govm

namespace govm {
namespace {

// (fixA) An array's pointer bitmap is its element's copied by doubling
// (compiler/codegen.cpp copy_bits): every element's bits, at every word
// alignment of the element (3 words here, so all offsets mod 64 occur).
TEST(Link, ArrayPointerMaskRepeatsTheElement) {
  auto img = build(R"GO(package main

type E struct {
	a [2]int
	p *int
}

type G struct {
	n int
	e [100]E
	s string
}

func main() {
	var g *G
	var h *[7][5]E
	println(g == nil, h == nil)
}
)GO");
  ASSERT_TRUE(img);
  std::map<std::string, const TypeDesc*> t;
  for (const TypeDesc& d : img->types) t[d.name] = &d;
  ASSERT_TRUE(t.count("main.G"));
  const TypeDesc* g = t["main.G"];
  const uint64_t words = g->size / 8;
  ASSERT_EQ(words, 1u + 300 + 2);
  for (uint64_t w = 0; w < words; ++w) {
    const bool want = (w >= 1 && w < 301 && (w - 1) % 3 == 2) || w == 301;
    EXPECT_EQ(g->has_pointer(w), want) << "word " << w;
  }
  ASSERT_TRUE(t.count("[7][5]main.E"));
  const TypeDesc* h = t["[7][5]main.E"];
  for (uint64_t w = 0; w < 7 * 5 * 3; ++w) EXPECT_EQ(h->has_pointer(w), w % 3 == 2) << "word " << w;
}

// (fixA) Bitmaps are a bit per word: a pointerful type over 1 GiB is
// refused at once, where it is used, instead of costing its size.
TEST(Compile, OversizedPointerfulTypeIsRefusedQuickly) {
  CompileResult r = compile_source("prog.go", R"GO(package main

type S0 struct {
	a1 [1 << 40]*int
}

func main() {
	var p *S0
	println(p == nil)
}
)GO");
  EXPECT_FALSE(r.ok());
  EXPECT_NE(r.errors_text.find("prog.go:8:6: govm does not support types larger than 1 GiB that hold pointers yet (main.S0)"),
            std::string::npos)
      << r.errors_text;
  // Without pointers the size costs nothing and the program is accepted.
  EXPECT_TRUE(compile_source("prog.go", "package main\n\nfunc main() {\n\tvar p *[1 << 40]int\n\tprintln(p == nil)\n}\n").ok());
}


// (fixA) A field offset or constant index past 2 GiB does not fit LOAD and
// STORE's 32-bit immediate: the address is computed in 64 bits (after a nil
// check). The object is 2 GiB, so the heap limit is raised; the VM's memory
// is reserved, not touched, so this costs little. Go prints "5 9 8 0 7".
TEST(RunLarge, OffsetsPastTwoGiB) {
  auto img = build(R"GO(package main

import "fmt"

type H struct {
	a [1<<31 + 8]byte
	b int
}

func main() {
	p := new(H)
	p.b = 5
	p.a[1<<31+7] = 9
	i := 1<<31 + 6
	p.a[i] = 8
	q := &p.b
	*q += 2
	fmt.Println(p.b-2, p.a[1<<31+7], p.a[i], p.a[0], *q)
}
)GO");
  ASSERT_TRUE(img);
  CaptureOutput cap;
  MachineOptions opts;
  opts.max_heap = uint64_t{4} << 30;
  Machine m(img, cap, opts);
  EXPECT_EQ(m.run(), 0) << cap.err;
  EXPECT_EQ(cap.out, "5 9 8 0 7\n");
}

// (fixA) The A operand holds 24 bits: a slot past 16 MiB is refused with a
// compile error at the function, never truncated into another slot.
TEST(Compile, FramesPastSixteenMiBAreRefused) {
  CompileResult r = compile_source("prog.go", R"GO(package main

import "fmt"

func main() {
	p := new([1048576]int)
	q := new([1048576]int)
	fmt.Println(*p == *q)
}
)GO");
  EXPECT_FALSE(r.ok());
  EXPECT_NE(r.errors_text.find("prog.go:5:1: govm does not support frames larger than 16 MiB yet"), std::string::npos)
      << r.errors_text;
  // Just under: two 4 MiB temporaries fit, and compare right.
  auto img = build(R"GO(package main

import "fmt"

func main() {
	p := new([524288]int)
	q := new([524288]int)
	q[524287] = 1
	fmt.Println(*p == *q)
}
)GO");
  ASSERT_TRUE(img);
  EXPECT_EQ(run(img).out, "false\n");
}

}  // namespace
}  // namespace govm
