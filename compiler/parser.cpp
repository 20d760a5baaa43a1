// The parser: Go source to the syntax tree of ast.h (parse_file).
//
// A port of gc's parser (cmd/compile/internal/syntax/parser.go, as of Go
// 1.22+) building go/ast-shaped nodes, so that what it accepts, and the
// syntax errors it reports, match `go build` message for message:
//
//   prog.go:5:2: syntax error: unexpected }, expected expression
//
// Recursive descent, one token of lookahead. Errors and recovery follow gc:
//   - syntax_error(msg) composes "syntax error: unexpected TOK" with msg
//     when msg starts with "expected ", "in ", "at " or "after ", and is a
//     plain message otherwise;
//   - after an error, advance(followlist) skips to a token that can follow
//     the production (inside a function, also to a statement keyword), so
//     one mistake gives one error, usually;
//   - at EOF after a first error nothing more is reported.
//
// The composite-literal ambiguity (`if x == T{} {`) is resolved as gc does:
// xnest_ counts expression nesting; a control clause header sets it to -1,
// parentheses, calls, indexes and literals raise it, and `T{` is a
// composite literal only while it is >= 0, or when T is an explicit
// composite type ([]int{}, map[K]V{}, struct{...}{}).
//
// Positions follow go/ast (a node starts at its leftmost token; see ast.h),
// while errors are reported where gc's own tree puts things (an assignment
// at its operator), which Simple::gc_pos carries where they differ.
//
// Errors that gc reports only later, while type checking (or govm's
// refusals of valid Go, "govm does not support generics yet"), are kept
// aside as soft errors and reported only if the file has no syntax errors,
// since gc never type-checks a file that has them. Type parameter lists are
// parsed as gc parses them, so that their syntax errors match too.
//
// Nesting deeper than kMaxNesting (unary, type, statement and
// composite-literal nesting, and chains of binary operators and selectors,
// which the tree also nests) is reported and ends the parse, so that later
// passes can recurse over any tree without fear for their stack. Parsing
// also ends once kMaxErrors errors are reported, as gc exits then.
//
// Before any of this, parse_file runs the go command's own check of the
// package clause and imports (header.h), as `go build` does before gc.
#include <bitset>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "compiler/ast.h"
#include "compiler/compiler.h"
#include "compiler/header.h"
#include "compiler/lexer.h"

namespace govm {
namespace {

constexpr int kMaxNesting = 500;

bool is_literal(Token t) {
  return t == Token::Int || t == Token::Float || t == Token::Imag || t == Token::Char ||
         t == Token::String;
}

bool is_op_assign(Token t) { return op_of_assign(t) != Token::Illegal; }

// gc's tokstring: how an expected token is named in messages.
std::string tokstring(Token t) {
  switch (t) {
    case Token::Comma: return "comma";
    case Token::Semicolon: return "semicolon or newline";
    default: return token_string(t);
  }
}

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

bool is_type_guard(const Expr* x) {
  return x != nullptr && x->kind == ExprKind::TypeAssert &&
         static_cast<const TypeAssertExpr*>(x)->type_expr == nullptr;
}

// Whether x must be a value (not a type) by its syntax alone (gc isValue):
// deciding whether `x[i]{` may start a composite literal.
bool is_value(const Expr* x) {
  switch (x->kind) {
    case ExprKind::BasicLit: case ExprKind::CompositeLit: case ExprKind::FuncLit:
    case ExprKind::Slice: case ExprKind::TypeAssert: case ExprKind::Call:
    case ExprKind::Unary: case ExprKind::Binary:
      return true;
    case ExprKind::Paren: return is_value(static_cast<const ParenExpr*>(x)->x);
    case ExprKind::Index: {
      auto* i = static_cast<const IndexExpr*>(x);
      return is_value(i->x) || is_value(i->index);
    }
    default: return false;
  }
}

// Whether x is certainly a type expression (gc isTypeElem), which tips
// `type T[P C]` towards a type parameter list.
bool is_type_elem(const Expr* x) {
  switch (x->kind) {
    case ExprKind::ArrayType: case ExprKind::StructType: case ExprKind::FuncType:
    case ExprKind::InterfaceType: case ExprKind::MapType: case ExprKind::ChanType:
      return true;
    case ExprKind::Binary: {
      auto* b = static_cast<const BinaryExpr*>(x);
      return is_type_elem(b->x) || is_type_elem(b->y);
    }
    case ExprKind::Unary: {
      auto* u = static_cast<const UnaryExpr*>(x);
      return u->op == Token::Tilde || is_type_elem(u->x);
    }
    case ExprKind::Star: return is_type_elem(static_cast<const StarExpr*>(x)->x);
    case ExprKind::Paren: return is_type_elem(static_cast<const ParenExpr*>(x)->x);
    default: return false;
  }
}

// A set of tokens, for advance's follow lists.
using TokenSet = std::bitset<size_t(Token::Count)>;

TokenSet token_set(std::initializer_list<Token> list) {
  TokenSet s;
  for (Token t : list) s.set(size_t(t));
  return s;
}

class Parser {
 public:
  Parser(const std::string& path, const std::string& source, Diagnostics& diags)
      : diags_(diags),
        lex_(source, [this](Pos pos, std::string msg) { error_at(pos, std::move(msg)); }),
        file_(std::make_unique<File>()) {
    file_->path = path;
  }

  std::unique_ptr<File> parse();

 private:
  void parse_file_body();
  // A simple statement and where gc's own tree would put it (at the
  // operator for assignments, sends and ++/--), for error positions.
  struct Simple {
    Stmt* stmt = nullptr;
    Pos gc_pos;
    bool guard = false;  // x := y.(type), in a switch header
    bool range = false;  // a range clause: stmt is a RangeStmt without body
  };
  // A parameter before names and types are sorted out (gc's Field).
  struct Param {
    Pos pos;
    Ident* name = nullptr;
    Expr* type = nullptr;
  };
  struct Header {
    Stmt* init = nullptr;
    Expr* cond = nullptr;
    Stmt* post = nullptr;
    Stmt* guard = nullptr;  // switch header: x := y.(type)
    RangeStmt* range = nullptr;
  };
  // Counts one level of nesting for as long as it lives.
  class Nest {
   public:
    explicit Nest(Parser& p) : p_(p) {
      ok_ = ++p_.depth_ <= kMaxNesting;
      if (!ok_) p_.too_deep();
    }
    ~Nest() { --p_.depth_; }
    bool ok() const { return ok_; }

   private:
    Parser& p_;
    bool ok_;
  };

  // Tokens.
  Token tok() const { return lex_.tok; }
  Pos pos() const { return lex_.pos; }
  void next() { lex_.next(); }
  bool got(Token t);
  void want(Token t);
  bool got_assign();

  // Errors.
  void error_at(Pos pos, std::string msg);
  void error(std::string msg) { error_at(pos(), std::move(msg)); }
  void syntax_error_at(Pos pos, std::string msg);
  void syntax_error(std::string msg) { syntax_error_at(pos(), std::move(msg)); }
  void soft_error(Pos pos, std::string msg);
  void unsupported_generics(Pos pos) { soft_error(pos, "govm does not support generics yet"); }
  void too_deep();
  void advance(TokenSet followlist = {});
  std::string token_desc() const;

  // Nodes.
  template <class T>
  T* expr_node(ExprKind kind, Pos pos) {
    T* n = file_->make<T>();
    n->kind = kind;
    n->pos = pos;
    return n;
  }
  template <class T>
  T* stmt_node(StmtKind kind, Pos pos) {
    T* n = file_->make<T>();
    n->kind = kind;
    n->pos = pos;
    return n;
  }
  Expr* bad_expr(Pos pos) { return expr_node<Expr>(ExprKind::Bad, pos); }
  bool extract_name(Expr* x, bool force, Ident** name, Expr** type);
  Ident* new_ident(Pos pos, std::string name);

  // Declarations.
  Pos list(const char* context, Token sep, Token close, const std::function<bool()>& f);
  GenDecl* gen_decl(Token keyword, Pos pos);
  Spec* import_spec();
  Spec* const_spec(GenDecl* group, int iota);
  Spec* type_spec();
  Spec* var_spec();
  FuncDecl* func_decl(Pos pos);
  BlockStmt* func_body();

  // Expressions.
  Expr* expr() { return binary_expr(nullptr, 0); }
  Expr* binary_expr(Expr* x, int prec);
  Expr* unary_expr();
  Expr* recv_or_chan_type(Pos arrow);
  Expr* operand();
  Expr* pexpr(Expr* x);
  Expr* index_or_slice(Expr* x);
  CallExpr* call(Expr* fun);
  CompositeLit* complit_expr();
  Expr* bare_complit_expr();
  std::vector<Expr*> expr_list();
  std::vector<Expr*> type_list(bool strict);
  Ident* name();
  std::vector<Ident*> name_list(Ident* first);
  Expr* qualified_name(Ident* name);
  BasicLit* oliteral();

  // Types.
  Expr* type_();
  Expr* type_or_nil();
  Expr* type_instance(Expr* type);
  FuncType* func_type(const char* context, Pos pos);
  Expr* array_type(Pos lbrack, Expr* len);
  Expr* slice_type(Pos lbrack);
  Expr* chan_elem();
  StructTypeExpr* struct_type();
  InterfaceTypeExpr* interface_type();
  FieldList* func_result();
  void field_decl(FieldList* fields);
  Expr* array_or_targs();
  Field* method_decl();
  Field* embedded_elem(Field* f);
  Expr* union_rest(Expr* first);
  Expr* embedded_term();
  bool param_decl(Ident* name, Token follow, Param* out);
  std::vector<Param> param_list(Ident* name, Expr* type, Token close, bool require_names);
  FieldList* field_list(Pos pos, std::vector<Param> params);

  // Statements.
  Simple simple_stmt(std::vector<Expr*> lhs, Token keyword);
  Simple range_clause(std::vector<Expr*> lhs, bool define);
  Stmt* labeled_stmt_or_nil(Ident* label);
  BlockStmt* block_stmt(const char* context);
  DeclStmt* decl_stmt();
  Stmt* for_stmt();
  Header header(Token keyword);
  IfStmt* if_stmt();
  Stmt* switch_stmt();
  SelectStmt* select_stmt();
  CaseClause* case_clause();
  CommClause* comm_clause();
  Stmt* stmt_or_nil();
  std::vector<Stmt*> stmt_list();
  Stmt* call_stmt();
  std::string simple_string(const Simple& s) const;

  Diagnostics& diags_;
  Lexer lex_;
  std::unique_ptr<File> file_;
  bool first_ = false;  // an error was reported
  int fnest_ = 0;       // function nesting, for advance's stop set
  int xnest_ = 0;       // expression nesting, for composite literals
  int depth_ = 0;       // nesting of the tree being built
  std::vector<std::pair<Pos, std::string>> soft_errors_;
};

// ------------------------------------------------------------------ tokens

bool Parser::got(Token t) {
  if (tok() == t) {
    next();
    return true;
  }
  return false;
}

void Parser::want(Token t) {
  if (!got(t)) {
    syntax_error("expected " + tokstring(t));
    advance();
  }
}

// Like got(Assign), but accepts ":=" with an error, for better recovery.
bool Parser::got_assign() {
  switch (tok()) {
    case Token::Define:
      syntax_error("expected =");
      [[fallthrough]];
    case Token::Assign:
      next();
      return true;
    default:
      return false;
  }
}

// ------------------------------------------------------------------ errors

void Parser::error_at(Pos pos, std::string msg) {
  first_ = true;
  diags_.error(pos, std::move(msg));
  if (diags_.count() >= kMaxErrors) lex_.stop();  // gc exits at the tenth error
}

void Parser::syntax_error_at(Pos pos, std::string msg) {
  if (tok() == Token::Eof && first_) return;  // avoid meaningless follow-up errors
  if (msg.empty()) {
    // nothing to add
  } else if (starts_with(msg, "in ") || starts_with(msg, "at ") || starts_with(msg, "after ")) {
    msg = " " + msg;
  } else if (starts_with(msg, "expected ")) {
    msg = ", " + msg;
  } else {
    error_at(pos, "syntax error: " + msg);  // a plain message: the token does not matter
    return;
  }
  error_at(pos, "syntax error: unexpected " + token_desc() + msg);
}

// The current token as gc's messages name it: "name x", "literal 2",
// "newline", "comma", "}".
std::string Parser::token_desc() const {
  Token t = tok();
  if (t == Token::Ident) return "name " + std::string(lex_.lit);
  if (t == Token::Semicolon) return std::string(lex_.lit);
  if (is_literal(t)) return "literal " + std::string(lex_.lit);
  return tokstring(t);
}

// An error gc reports only after parsing, while type checking (or govm's
// refusal of valid Go): shown only if the file has no syntax errors, since
// gc stops before type checking when it has.
void Parser::soft_error(Pos pos, std::string msg) {
  soft_errors_.emplace_back(pos, std::move(msg));
}

void Parser::too_deep() {
  if (tok() == Token::Eof) return;
  error_at(pos(), "govm does not support nesting deeper than " + std::to_string(kMaxNesting) +
                      " levels yet");
  lex_.stop();
}

// Skips tokens until one in the follow list (or, inside a function body, a
// keyword that starts a statement). With no follow list, skips one token.
void Parser::advance(TokenSet followlist) {
  static const TokenSet kStopSet = token_set({
      Token::Break, Token::Const, Token::Continue, Token::Defer, Token::Fallthrough,
      Token::For, Token::Go, Token::Goto, Token::If, Token::Return, Token::Select,
      Token::Switch, Token::Type, Token::Var,
  });
  TokenSet follow = token_set({Token::Eof});
  bool skip_one = followlist.none();
  if (!skip_one) {
    if (fnest_ > 0) follow |= kStopSet;
    follow |= followlist;
  }
  while (!follow.test(size_t(tok()))) {
    next();
    if (skip_one) break;
  }
}

// Whether `type T[x ...` starts a type parameter list rather than an array
// length (gc extractName): x splits into a name and what would be its
// constraint (P *C, P(C), P C|D), the split made when the rest is surely a
// type, or when force (a comma follows). A lone name gives type nullptr.
bool Parser::extract_name(Expr* x, bool force, Ident** name, Expr** type) {
  switch (x->kind) {
    case ExprKind::Ident:
      *name = static_cast<Ident*>(x);
      *type = nullptr;
      return true;
    case ExprKind::Binary: {
      auto* b = static_cast<BinaryExpr*>(x);
      if (b->op == Token::Mul && b->x->kind == ExprKind::Ident && (force || is_type_elem(b->y))) {
        *name = static_cast<Ident*>(b->x);  // name *y
        StarExpr* star = expr_node<StarExpr>(ExprKind::Star, b->op_pos);
        star->x = b->y;
        *type = star;
        return true;
      }
      Expr* lhs = nullptr;
      if (b->op == Token::Or && extract_name(b->x, force || is_type_elem(b->y), name, &lhs) &&
          lhs != nullptr) {
        b->x = lhs;  // name lhs|y
        b->pos = lhs->pos;
        *type = b;
        return true;
      }
      return false;
    }
    case ExprKind::Call: {
      auto* c = static_cast<CallExpr*>(x);
      if (c->fun->kind == ExprKind::Ident && c->args.size() == 1 && !c->ellipsis.valid() &&
          (force || is_type_elem(c->args[0]))) {
        *name = static_cast<Ident*>(c->fun);  // name(type)
        *type = c->args[0];
        return true;
      }
      return false;
    }
    default: return false;
  }
}

Ident* Parser::new_ident(Pos pos, std::string name) {
  Ident* id = expr_node<Ident>(ExprKind::Ident, pos);
  id->name = std::move(name);
  return id;
}

// ------------------------------------------------------------ declarations

std::unique_ptr<File> Parser::parse() {
  parse_file_body();
  if (diags_.syntax_errors() == 0) {
    for (auto& [pos, msg] : soft_errors_) diags_.error(pos, std::move(msg));
  }
  return std::move(file_);
}

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
void Parser::parse_file_body() {
  next();
  if (!got(Token::Package)) {
    syntax_error("package statement must be first");
    file_->package_name = new_ident(pos(), "_");
    return;
  }
  file_->package_name = name();
  want(Token::Semicolon);
  if (first_) return;  // don't bother continuing

  Token prev = Token::Import;
  while (tok() != Token::Eof) {
    if (tok() == Token::Import && prev != Token::Import) {
      syntax_error("imports must appear before other declarations");
    }
    prev = tok();
    Pos kw = pos();
    switch (tok()) {
      case Token::Import:
        next();
        file_->imports.push_back(gen_decl(Token::Import, kw));
        break;
      case Token::Const:
      case Token::Type:
      case Token::Var: {
        Token t = tok();
        next();
        file_->decls.push_back(gen_decl(t, kw));
        break;
      }
      case Token::Func:
        next();
        file_->decls.push_back(func_decl(kw));
        break;
      default: {
        const auto& decls = file_->decls;
        auto* last = decls.empty() ? nullptr : dynamic_cast<FuncDecl*>(decls.back());
        if (tok() == Token::LBrace && last != nullptr && last->body == nullptr) {
          syntax_error("unexpected semicolon or newline before {");  // { on the next line
        } else {
          syntax_error("non-declaration statement outside function body");
        }
        advance(token_set({Token::Import, Token::Const, Token::Type, Token::Var, Token::Func}));
        continue;
      }
    }
    if (tok() != Token::Eof && !got(Token::Semicolon)) {
      syntax_error("after top level declaration");
      advance(token_set({Token::Import, Token::Const, Token::Type, Token::Var, Token::Func}));
    }
  }
}

// list = [ f { sep f } [sep] ] close . Calls f for each element until it
// returns true; returns the position of the closing token.
Pos Parser::list(const char* context, Token sep, Token close, const std::function<bool()>& f) {
  bool done = false;
  while (tok() != Token::Eof && tok() != close && !done) {
    done = f();
    if (!got(sep) && tok() != close) {  // sep is optional before close
      syntax_error(std::string("in ") + context + "; possibly missing " + tokstring(sep) +
                   " or " + tokstring(close));
      advance(token_set({Token::RParen, Token::RBrack, Token::RBrace}));
      if (tok() != close) return pos();
    }
  }
  Pos end = pos();
  want(close);
  return end;
}

// keyword ( spec | "(" { spec ";" } ")" ), the keyword consumed.
GenDecl* Parser::gen_decl(Token keyword, Pos kw) {
  GenDecl* d = file_->make<GenDecl>();
  d->pos = kw;
  d->tok = keyword;
  auto spec = [&](int index) -> Spec* {
    switch (keyword) {
      case Token::Import: return import_spec();
      case Token::Const: return const_spec(d, index);
      case Token::Type: return type_spec();
      default: return var_spec();
    }
  };
  if (tok() == Token::LParen) {
    next();
    int index = 0;
    list("grouped declaration", Token::Semicolon, Token::RParen, [&] {
      d->specs.push_back(spec(index++));
      return false;
    });
  } else {
    d->specs.push_back(spec(0));
  }
  return d;
}

// ImportSpec = [ "." | PackageName ] ImportPath .
Spec* Parser::import_spec() {
  ImportSpec* s = file_->make<ImportSpec>();
  s->pos = pos();
  if (tok() == Token::Ident) {
    s->name = name();
  } else if (tok() == Token::Period) {
    s->name = new_ident(pos(), ".");
    next();
  }
  s->path = oliteral();
  if (s->path == nullptr) {
    syntax_error("missing import path");
    advance(token_set({Token::Semicolon, Token::RParen}));
    s->path = expr_node<BasicLit>(ExprKind::BasicLit, s->pos);
    s->path->tok = Token::String;
    s->path->text = "\"\"";
    s->path->bad = true;
    return s;
  }
  if (!s->path->bad && s->path->tok != Token::String) {
    syntax_error_at(s->path->pos, "import path must be a string");
    s->path->bad = true;
  }
  return s;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
// A spec with neither type nor values repeats the previous spec's (iota
// then gives each repetition its own value).
Spec* Parser::const_spec(GenDecl* group, int iota) {
  ValueSpec* s = file_->make<ValueSpec>();
  s->pos = pos();
  s->iota = iota;
  s->names = name_list(name());
  if (tok() != Token::Eof && tok() != Token::Semicolon && tok() != Token::RParen) {
    s->type_expr = type_or_nil();
    if (got_assign()) s->values = expr_list();
  }
  if (s->type_expr == nullptr && s->values.empty() && iota > 0) {
    auto* prev = static_cast<ValueSpec*>(group->specs.back());
    s->implicit = true;
    s->type_expr = prev->type_expr;
    s->values = prev->values;
  }
  return s;
}

// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
Spec* Parser::type_spec() {
  TypeSpec* s = file_->make<TypeSpec>();
  s->pos = pos();
  s->name = name();
  if (tok() == Token::LBrack) {
    // An array or slice type, or a type parameter list.
    Pos lbrack = pos();
    next();
    if (tok() == Token::Ident) {
      Expr* x = name();
      if (tok() != Token::LBrack) {
        xnest_++;
        x = binary_expr(pexpr(x), 0);
        xnest_--;
      }
      Ident* pname = nullptr;
      Expr* ptype = nullptr;
      if (extract_name(x, tok() == Token::Comma, &pname, &ptype) &&
          (ptype != nullptr || tok() != Token::RBrack)) {
        unsupported_generics(lbrack);
        param_list(pname, ptype, Token::RBrack, true);
        s->alias = got_assign();
        s->type_expr = type_or_nil();
      } else {
        s->type_expr = array_type(lbrack, x);
      }
    } else if (got(Token::RBrack)) {
      s->type_expr = slice_type(lbrack);
    } else {
      s->type_expr = array_type(lbrack, nullptr);
    }
  } else {
    s->alias = got_assign();
    s->type_expr = type_or_nil();
  }
  if (s->type_expr == nullptr) {
    s->type_expr = bad_expr(pos());
    syntax_error("in type declaration");
    advance(token_set({Token::Semicolon, Token::RParen}));
  }
  return s;
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
Spec* Parser::var_spec() {
  ValueSpec* s = file_->make<ValueSpec>();
  s->pos = pos();
  s->names = name_list(name());
  if (got_assign()) {
    s->values = expr_list();
  } else {
    s->type_expr = type_();
    if (got_assign()) s->values = expr_list();
  }
  return s;
}

// FunctionDecl = "func" FunctionName Signature [ FunctionBody ] .
// MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
FuncDecl* Parser::func_decl(Pos kw) {
  FuncDecl* f = file_->make<FuncDecl>();
  f->pos = kw;
  const char* context = "";
  if (tok() == Token::LParen) {
    context = "method";
    Pos lparen = pos();
    next();
    std::vector<Param> rcvr = param_list(nullptr, nullptr, Token::RParen, false);
    if (rcvr.empty()) {
      error("method has no receiver");
    } else if (rcvr.size() > 1) {
      error("method has multiple receivers");
      rcvr.resize(1);
    }
    f->recv = field_list(lparen, std::move(rcvr));
  }
  if (tok() == Token::Ident) {
    f->name = name();
    f->sig = func_type(context, kw);
  } else {
    f->name = new_ident(pos(), "_");
    f->sig = expr_node<FuncType>(ExprKind::FuncType, kw);
    f->sig->params = file_->make<FieldList>();
    f->sig->params->pos = pos();
    syntax_error(*context != '\0' ? "expected name" : "expected name or (");
    advance(token_set({Token::LBrace, Token::Semicolon}));
  }
  if (tok() == Token::LBrace) f->body = func_body();
  return f;
}

BlockStmt* Parser::func_body() {
  fnest_++;
  BlockStmt* body = block_stmt("");
  fnest_--;
  return body;
}

// ------------------------------------------------------------- expressions

// Expression = UnaryExpr | Expression binary_op Expression .
// Operators of equal precedence associate to the left; each one nests the
// tree a level deeper, so each counts against kMaxNesting.
Expr* Parser::binary_expr(Expr* x, int prec) {
  if (x == nullptr) x = unary_expr();
  int levels = 0;
  while (precedence(tok()) > prec) {
    if (++depth_ > kMaxNesting) {
      levels++;
      too_deep();
      break;
    }
    levels++;
    BinaryExpr* b = expr_node<BinaryExpr>(ExprKind::Binary, x->pos);
    b->op = tok();
    b->op_pos = pos();
    int tprec = precedence(tok());
    next();
    b->x = x;
    b->y = binary_expr(nullptr, tprec);
    x = b;
  }
  depth_ -= levels;
  return x;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
Expr* Parser::unary_expr() {
  Nest nest(*this);
  if (!nest.ok()) return bad_expr(pos());
  Pos p = pos();
  switch (tok()) {
    case Token::Mul: {
      next();
      StarExpr* s = expr_node<StarExpr>(ExprKind::Star, p);
      s->x = unary_expr();
      return s;
    }
    case Token::Add: case Token::Sub: case Token::Not: case Token::Xor: case Token::And: {
      UnaryExpr* u = expr_node<UnaryExpr>(ExprKind::Unary, p);
      u->op = tok();
      next();
      u->x = unary_expr();
      // &(T{...}) is &T{...}: gc drops the parentheses after &.
      if (u->op == Token::And) u->x = unparen(u->x);
      return u;
    }
    case Token::Tilde: {
      next();
      unary_expr();
      soft_error(p, "cannot use ~ outside of interface or type constraint");
      return bad_expr(p);
    }
    case Token::Arrow:
      next();
      return recv_or_chan_type(p);
    default:
      return pexpr(nullptr);
  }
}

// After "<-": a receive <-x, or a receive-only channel type <-chan E. Which
// one is known only once the operand is parsed: <-(chan E) re-associates
// to (<-chan E).
Expr* Parser::recv_or_chan_type(Pos arrow) {
  Expr* x = unary_expr();
  if (x->kind != ExprKind::ChanType) {
    UnaryExpr* u = expr_node<UnaryExpr>(ExprKind::Unary, arrow);
    u->op = Token::Arrow;
    u->x = x;
    return u;
  }
  ChanDir dir = ChanDir::Send;
  Expr* t = x;
  while (dir == ChanDir::Send) {
    if (t->kind != ExprKind::ChanType) break;
    auto* c = static_cast<ChanTypeExpr*>(t);
    dir = c->dir;
    if (dir == ChanDir::Recv) {
      // t is <-chan E, but <-<-chan E is not permitted
      syntax_error("unexpected <-, expected chan");
    }
    c->dir = ChanDir::Recv;
    t = c->value;
  }
  if (dir == ChanDir::Send) {
    // the channel direction is <- but the element is not a channel
    syntax_error("unexpected " + expr_string(t) + ", expected chan");
  }
  x->pos = arrow;
  return x;
}

// Operand = Literal | OperandName | "(" Expression ")" | FunctionLit | TypeLit .
Expr* Parser::operand() {
  Pos p = pos();
  switch (tok()) {
    case Token::Ident: return name();
    case Token::Int: case Token::Float: case Token::Imag: case Token::Char: case Token::String:
      return oliteral();
    case Token::LParen: {
      next();
      xnest_++;
      ParenExpr* paren = expr_node<ParenExpr>(ExprKind::Paren, p);
      paren->x = expr();
      xnest_--;
      want(Token::RParen);
      return paren;
    }
    case Token::Func: {
      next();
      FuncType* sig = func_type("function type", p);
      if (tok() != Token::LBrace) return sig;
      xnest_++;
      FuncLit* f = expr_node<FuncLit>(ExprKind::FuncLit, p);
      f->sig = sig;
      f->body = func_body();
      xnest_--;
      return f;
    }
    case Token::LBrack: case Token::Chan: case Token::Map: case Token::Struct:
    case Token::Interface:
      return type_();
    default: {
      Expr* x = bad_expr(p);
      syntax_error("expected expression");
      advance(token_set({Token::RParen, Token::RBrack, Token::RBrace}));
      return x;
    }
  }
}

// PrimaryExpr = Operand | PrimaryExpr ( Selector | Index | Slice |
//               TypeAssertion | Arguments | LiteralValue ) .
// Each suffix nests the tree one level, so each counts against kMaxNesting.
Expr* Parser::pexpr(Expr* x) {
  if (x == nullptr) x = operand();
  int levels = 0;
  for (bool more = true; more;) {
    if (++depth_ > kMaxNesting) {
      levels++;
      too_deep();
      break;
    }
    levels++;
    switch (tok()) {
      case Token::Period:
        next();
        if (tok() == Token::Ident) {
          SelectorExpr* s = expr_node<SelectorExpr>(ExprKind::Selector, x->pos);
          s->x = x;
          s->sel = name();
          x = s;
        } else if (tok() == Token::LParen) {
          next();
          TypeAssertExpr* t = expr_node<TypeAssertExpr>(ExprKind::TypeAssert, x->pos);
          t->x = x;
          if (!got(Token::Type)) t->type_expr = type_();
          want(Token::RParen);
          x = t;
        } else {
          syntax_error("expected name or (");
          advance(token_set({Token::Semicolon, Token::RParen}));
        }
        break;
      case Token::LBrack:
        x = index_or_slice(x);
        break;
      case Token::LParen:
        x = call(x);
        break;
      case Token::LBrace: {
        // Does { open a composite literal or a block?
        Expr* t = unparen(x);
        bool complit_ok = false;
        switch (t->kind) {
          case ExprKind::Ident: case ExprKind::Selector: complit_ok = xnest_ >= 0; break;
          case ExprKind::Index: complit_ok = xnest_ >= 0 && !is_value(t); break;
          case ExprKind::ArrayType: case ExprKind::StructType: case ExprKind::MapType:
            complit_ok = true;
            break;
          default: break;
        }
        if (!complit_ok) {
          more = false;
          break;
        }
        if (t != x) syntax_error("cannot parenthesize type in composite literal");
        CompositeLit* c = complit_expr();
        c->type_expr = t;
        c->pos = t->pos;
        x = c;
        break;
      }
      default:
        more = false;
    }
  }
  depth_ -= levels;
  return x;
}

// x[i], x[lo:hi], x[lo:hi:max]; "[" is the current token.
Expr* Parser::index_or_slice(Expr* x) {
  Pos lbrack = pos();
  next();
  Expr* i = nullptr;
  if (tok() != Token::Colon) {
    bool comma = false;
    if (tok() == Token::RBrack) {
      syntax_error("expected operand");  // x[] is neither index nor slice
      i = bad_expr(pos());
    } else {
      std::vector<Expr*> list = type_list(false);
      i = list[0];
      comma = list.size() > 1 || list.back() == nullptr;
      if (comma) unsupported_generics(lbrack);  // x[A, B]: an instantiation
    }
    if (comma || tok() == Token::RBrack) {
      want(Token::RBrack);
      IndexExpr* ix = expr_node<IndexExpr>(ExprKind::Index, x->pos);
      ix->lbrack = lbrack;
      ix->x = x;
      ix->index = i;
      return ix;
    }
  }
  // x[i:...
  if (!got(Token::Colon)) {
    syntax_error("expected comma, : or ]");
    advance(token_set({Token::Comma, Token::Colon, Token::RBrack}));
  }
  xnest_++;
  SliceExpr* s = expr_node<SliceExpr>(ExprKind::Slice, x->pos);
  s->x = x;
  s->lo = i;
  if (tok() != Token::Colon && tok() != Token::RBrack) s->hi = expr();
  if (tok() == Token::Colon) {
    s->three = true;
    if (s->hi == nullptr) {
      error("middle index required in 3-index slice");
      s->hi = bad_expr(pos());
    }
    next();
    if (tok() != Token::RBrack) {
      s->max = expr();
    } else {
      error("final index required in 3-index slice");
      s->max = bad_expr(pos());
    }
  }
  xnest_--;
  want(Token::RBrack);
  return s;
}

// Arguments = "(" [ ExpressionList [ "..." ] [ "," ] ] ")" .
CallExpr* Parser::call(Expr* fun) {
  CallExpr* c = expr_node<CallExpr>(ExprKind::Call, fun->pos);
  c->fun = fun;
  c->lparen = pos();
  next();
  xnest_++;
  c->rparen = list("argument list", Token::Comma, Token::RParen, [&] {
    c->args.push_back(expr());
    if (tok() == Token::Ellipsis) {
      c->ellipsis = pos();
      next();
      return true;
    }
    return false;
  });
  xnest_--;
  return c;
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
CompositeLit* Parser::complit_expr() {
  CompositeLit* c = expr_node<CompositeLit>(ExprKind::CompositeLit, pos());
  c->lbrace = pos();
  xnest_++;
  want(Token::LBrace);
  c->rbrace = list("composite literal", Token::Comma, Token::RBrace, [&] {
    Expr* e = bare_complit_expr();
    if (tok() == Token::Colon) {
      KeyValueExpr* kv = expr_node<KeyValueExpr>(ExprKind::KeyValue, e->pos);
      next();
      kv->key = e;
      kv->value = bare_complit_expr();
      e = kv;
    }
    c->elts.push_back(e);
    return false;
  });
  xnest_--;
  return c;
}

// Element = Expression | LiteralValue .
Expr* Parser::bare_complit_expr() {
  Nest nest(*this);
  if (!nest.ok()) return bad_expr(pos());
  if (tok() == Token::LBrace) return complit_expr();  // elided type
  return expr();
}

// ExpressionList = Expression { "," Expression } .
std::vector<Expr*> Parser::expr_list() {
  std::vector<Expr*> list{expr()};
  while (got(Token::Comma)) list.push_back(expr());
  return list;
}

// A non-empty list of types (the first may be an expression unless
// strict), with an optional trailing comma, recorded as a nullptr entry.
std::vector<Expr*> Parser::type_list(bool strict) {
  xnest_++;
  std::vector<Expr*> list{strict ? type_() : expr()};
  if (got(Token::Comma)) {
    Expr* t = type_or_nil();
    while (t != nullptr) {
      list.push_back(t);
      if (!got(Token::Comma)) break;
      t = type_or_nil();
    }
    if (list.size() == 1) list.push_back(nullptr);
  }
  xnest_--;
  return list;
}

Ident* Parser::name() {
  if (tok() == Token::Ident) {
    Ident* id = new_ident(pos(), std::string(lex_.lit));
    next();
    return id;
  }
  Ident* id = new_ident(pos(), "_");
  syntax_error("expected name");
  advance();
  return id;
}

// IdentifierList = identifier { "," identifier } . The first is given.
std::vector<Ident*> Parser::name_list(Ident* first) {
  std::vector<Ident*> list{first};
  while (got(Token::Comma)) list.push_back(name());
  return list;
}

// TypeName = identifier | PackageName "." identifier ; name may be given.
Expr* Parser::qualified_name(Ident* name) {
  Expr* x = name;
  if (x == nullptr) {
    if (tok() == Token::Ident) {
      x = this->name();
    } else {
      x = new_ident(pos(), "_");
      syntax_error("expected name");
      advance(token_set({Token::Period, Token::Semicolon, Token::RBrace}));
    }
  }
  if (tok() == Token::Period) {
    next();
    SelectorExpr* s = expr_node<SelectorExpr>(ExprKind::Selector, x->pos);
    s->x = x;
    s->sel = this->name();
    x = s;
  }
  if (tok() == Token::LBrack) x = type_instance(x);
  return x;
}

BasicLit* Parser::oliteral() {
  if (!is_literal(tok())) return nullptr;
  BasicLit* b = expr_node<BasicLit>(ExprKind::BasicLit, pos());
  b->tok = tok();
  b->text = std::string(lex_.lit);
  b->bad = lex_.bad;
  next();
  return b;
}

// ------------------------------------------------------------------- types

Expr* Parser::type_() {
  Expr* t = type_or_nil();
  if (t == nullptr) {
    t = bad_expr(pos());
    syntax_error("expected type");
    advance(token_set({Token::Comma, Token::Colon, Token::Semicolon, Token::RParen, Token::RBrack,
                       Token::RBrace}));
  }
  return t;
}

// Type = TypeName | TypeLit | "(" Type ")" ; nullptr if there is none.
Expr* Parser::type_or_nil() {
  Nest nest(*this);
  if (!nest.ok()) return nullptr;
  Pos p = pos();
  switch (tok()) {
    case Token::Mul: {
      next();
      StarExpr* s = expr_node<StarExpr>(ExprKind::Star, p);
      s->x = type_();
      return s;
    }
    case Token::Arrow: {
      next();
      want(Token::Chan);
      ChanTypeExpr* c = expr_node<ChanTypeExpr>(ExprKind::ChanType, p);
      c->dir = ChanDir::Recv;
      c->value = chan_elem();
      return c;
    }
    case Token::Func:
      next();
      return func_type("function type", p);
    case Token::LBrack:
      next();
      if (got(Token::RBrack)) return slice_type(p);
      return array_type(p, nullptr);
    case Token::Chan: {
      next();
      ChanTypeExpr* c = expr_node<ChanTypeExpr>(ExprKind::ChanType, p);
      if (got(Token::Arrow)) c->dir = ChanDir::Send;
      c->value = chan_elem();
      return c;
    }
    case Token::Map: {
      next();
      want(Token::LBrack);
      MapTypeExpr* m = expr_node<MapTypeExpr>(ExprKind::MapType, p);
      m->key = type_();
      want(Token::RBrack);
      m->value = type_();
      return m;
    }
    case Token::Struct: return struct_type();
    case Token::Interface: return interface_type();
    case Token::Ident: return qualified_name(nullptr);
    case Token::LParen: {
      next();
      ParenExpr* paren = expr_node<ParenExpr>(ExprKind::Paren, p);
      paren->x = type_();
      want(Token::RParen);
      return paren;
    }
    default: return nullptr;
  }
}

// T[A, B]: an instantiated generic type.
Expr* Parser::type_instance(Expr* type) {
  Pos lbrack = pos();
  unsupported_generics(lbrack);
  want(Token::LBrack);
  IndexExpr* x = expr_node<IndexExpr>(ExprKind::Index, type->pos);
  x->lbrack = lbrack;
  x->x = type;
  if (tok() == Token::RBrack) {
    syntax_error("expected type argument list");
    x->index = bad_expr(pos());
  } else {
    x->index = type_list(true)[0];
  }
  want(Token::RBrack);
  return x;
}

// Signature = Parameters [ Result ] ; "func" and the name are consumed.
// A non-empty context names what may not have type parameters.
FuncType* Parser::func_type(const char* context, Pos p) {
  FuncType* t = expr_node<FuncType>(ExprKind::FuncType, p);
  Pos lbrack = pos();
  if (got(Token::LBrack)) {
    if (*context != '\0') {
      syntax_error_at(lbrack, std::string(context) + " must have no type parameters");
    } else {
      unsupported_generics(lbrack);
    }
    if (tok() == Token::RBrack) {
      syntax_error("empty type parameter list");
      next();
    } else {
      param_list(nullptr, nullptr, Token::RBrack, true);
    }
  }
  Pos lparen = pos();
  want(Token::LParen);
  t->params = field_list(lparen, param_list(nullptr, nullptr, Token::RParen, false));
  t->results = func_result();
  return t;
}

// "[" is consumed; len is the array length if already parsed.
Expr* Parser::array_type(Pos lbrack, Expr* len) {
  if (len == nullptr) {
    Pos dots = pos();
    if (got(Token::Ellipsis)) {
      len = expr_node<EllipsisExpr>(ExprKind::Ellipsis, dots);
    } else {
      xnest_++;
      len = expr();
      xnest_--;
    }
  }
  if (tok() == Token::Comma) {
    // Trailing commas are accepted in type parameter lists, not here.
    syntax_error("unexpected comma; expected ]");
    next();
  }
  want(Token::RBrack);
  ArrayTypeExpr* a = expr_node<ArrayTypeExpr>(ExprKind::ArrayType, lbrack);
  a->len = len;
  a->elem = type_();
  return a;
}

// "[" "]" are consumed.
Expr* Parser::slice_type(Pos lbrack) {
  ArrayTypeExpr* a = expr_node<ArrayTypeExpr>(ExprKind::ArrayType, lbrack);
  a->elem = type_();
  return a;
}

Expr* Parser::chan_elem() {
  Expr* t = type_or_nil();
  if (t == nullptr) {
    t = bad_expr(pos());
    syntax_error("missing channel element type");  // assume it is absent: no advance
  }
  return t;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructTypeExpr* Parser::struct_type() {
  StructTypeExpr* s = expr_node<StructTypeExpr>(ExprKind::StructType, pos());
  want(Token::Struct);
  s->fields = file_->make<FieldList>();
  s->fields->pos = pos();
  want(Token::LBrace);
  list("struct type", Token::Semicolon, Token::RBrace, [&] {
    field_decl(s->fields);
    return false;
  });
  return s;
}

// InterfaceType = "interface" "{" { ( MethodSpec | EmbeddedElem ) ";" } "}" .
InterfaceTypeExpr* Parser::interface_type() {
  InterfaceTypeExpr* t = expr_node<InterfaceTypeExpr>(ExprKind::InterfaceType, pos());
  want(Token::Interface);
  t->methods = file_->make<FieldList>();
  t->methods->pos = pos();
  want(Token::LBrace);
  list("interface type", Token::Semicolon, Token::RBrace, [&] {
    Field* f = nullptr;
    if (tok() == Token::Ident) f = method_decl();
    if (f == nullptr || f->names.empty()) f = embedded_elem(f);
    t->methods->list.push_back(f);
    return false;
  });
  return t;
}

// Result = Parameters | Type .
FieldList* Parser::func_result() {
  Pos p = pos();
  if (got(Token::LParen)) return field_list(p, param_list(nullptr, nullptr, Token::RParen, false));
  Expr* t = type_or_nil();
  if (t == nullptr) return nullptr;
  Param result;
  result.pos = p;
  result.type = t;
  return field_list(p, {result});
}

// FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
// EmbeddedField = [ "*" ] TypeName .
void Parser::field_decl(FieldList* fields) {
  Field* f = file_->make<Field>();
  f->pos = pos();
  switch (tok()) {
    case Token::Ident: {
      Ident* n = name();
      if (tok() == Token::Period || is_literal(tok()) || tok() == Token::Semicolon ||
          tok() == Token::RBrace) {
        f->type_expr = qualified_name(n);  // embedded type
        f->tag = oliteral();
        break;
      }
      f->names = name_list(n);
      if (f->names.size() == 1 && tok() == Token::LBrack) {
        f->type_expr = array_or_targs();
        if (f->type_expr->kind == ExprKind::Index) {
          // embedded instantiated type T[A]
          static_cast<IndexExpr*>(f->type_expr)->x = n;
          f->type_expr->pos = n->pos;
          f->names.clear();
        }
      } else {
        f->type_expr = type_();
      }
      f->tag = oliteral();
      break;
    }
    case Token::Mul: {
      Pos star = pos();
      next();
      Expr* t;
      if (tok() == Token::LParen) {
        syntax_error("cannot parenthesize embedded type");  // *(T)
        next();
        t = qualified_name(nullptr);
        got(Token::RParen);
      } else {
        t = qualified_name(nullptr);
      }
      StarExpr* s = expr_node<StarExpr>(ExprKind::Star, star);
      s->x = t;
      f->type_expr = s;
      f->tag = oliteral();
      break;
    }
    case Token::LParen: {
      syntax_error("cannot parenthesize embedded type");
      next();
      if (tok() == Token::Mul) {
        StarExpr* s = expr_node<StarExpr>(ExprKind::Star, pos());
        next();
        s->x = qualified_name(nullptr);
        f->type_expr = s;
      } else {
        f->type_expr = qualified_name(nullptr);
      }
      got(Token::RParen);
      f->tag = oliteral();
      break;
    }
    default:
      syntax_error("expected field name or embedded type");
      advance(token_set({Token::Semicolon, Token::RBrace}));
      return;
  }
  fields->list.push_back(f);
}

// After a field or parameter name: "[": an array or slice type [n]E, []E,
// or type arguments [A, B] of an embedded generic type (an IndexExpr whose
// x the caller fills in).
Expr* Parser::array_or_targs() {
  Pos lbrack = pos();
  want(Token::LBrack);
  if (got(Token::RBrack)) return slice_type(lbrack);
  std::vector<Expr*> n = type_list(false);
  bool comma = n.size() > 1;
  want(Token::RBrack);
  if (!comma) {
    if (Expr* elem = type_or_nil()) {
      ArrayTypeExpr* a = expr_node<ArrayTypeExpr>(ExprKind::ArrayType, lbrack);
      a->len = n[0];
      a->elem = elem;
      return a;
    }
  }
  unsupported_generics(lbrack);
  IndexExpr* x = expr_node<IndexExpr>(ExprKind::Index, lbrack);
  x->lbrack = lbrack;
  x->index = n[0];
  return x;
}

// MethodSpec = MethodName Signature | InterfaceTypeName .
Field* Parser::method_decl() {
  Field* f = file_->make<Field>();
  f->pos = pos();
  Ident* n = name();
  switch (tok()) {
    case Token::LParen:
      f->names.push_back(n);
      f->type_expr = func_type("interface method", pos());
      break;
    case Token::LBrack: {
      // A generic method m[P C](...) (an error) or an embedded instantiated
      // type T[A]: parse a parameter list and decide afterwards.
      Pos lbrack = pos();
      next();
      if (tok() == Token::RBrack) {
        Pos rbrack = pos();
        next();
        if (tok() == Token::LParen) {
          error_at(rbrack, "empty type parameter list");
          f->names.push_back(n);
          f->type_expr = func_type("interface method", pos());
        } else {
          error_at(rbrack, "empty type argument list");
          f->type_expr = n;
        }
        break;
      }
      std::vector<Param> list = param_list(nullptr, nullptr, Token::RBrack, false);
      if (!list.empty() && list[0].name == nullptr) {
        unsupported_generics(lbrack);
        IndexExpr* x = expr_node<IndexExpr>(ExprKind::Index, n->pos);
        x->lbrack = lbrack;
        x->x = n;
        x->index = list[0].type;
        f->type_expr = x;
        break;
      }
      if (!list.empty() || tok() == Token::LParen) {
        f->names.push_back(n);
        f->type_expr = func_type("interface method", pos());
        if (!list.empty()) error_at(lbrack, "interface method must have no type parameters");
      } else {
        f->type_expr = n;
      }
      break;
    }
    default:
      f->type_expr = qualified_name(n);  // embedded interface
  }
  return f;
}

// EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .
// Unions and ~T exist only for type constraints, that is, for generics.
Field* Parser::embedded_elem(Field* f) {
  if (f == nullptr) {
    f = file_->make<Field>();
    f->pos = pos();
    f->type_expr = embedded_term();
  }
  f->type_expr = union_rest(f->type_expr);
  return f;
}

// { "|" EmbeddedTerm }, after the first term.
Expr* Parser::union_rest(Expr* x) {
  while (tok() == Token::Or) {
    unsupported_generics(pos());
    BinaryExpr* b = expr_node<BinaryExpr>(ExprKind::Binary, x->pos);
    b->op = Token::Or;
    b->op_pos = pos();
    next();
    b->x = x;
    b->y = embedded_term();
    x = b;
  }
  return x;
}

// EmbeddedTerm = [ "~" ] Type .
Expr* Parser::embedded_term() {
  if (tok() == Token::Tilde) {
    unsupported_generics(pos());
    UnaryExpr* u = expr_node<UnaryExpr>(ExprKind::Unary, pos());
    u->op = Token::Tilde;
    next();
    u->x = type_();
    return u;
  }
  Expr* t = type_or_nil();
  if (t == nullptr) {
    t = bad_expr(pos());
    syntax_error("expected ~ term or type");
    advance(token_set({Token::Or, Token::Semicolon, Token::RParen, Token::RBrack, Token::RBrace}));
  }
  return t;
}

// ParameterDecl = [ identifier ] [ "..." ] Type . Whether a lone name is a
// parameter name or a type is decided by param_list, which sees them all.
bool Parser::param_decl(Ident* name, Token follow, Param* out) {
  // Type set notation (~T, A|B) is allowed in type parameter lists only.
  bool type_sets_ok = follow == Token::RBrack;
  out->pos = name != nullptr ? name->pos : pos();
  if (name == nullptr && type_sets_ok && tok() == Token::Tilde) {
    out->type = union_rest(embedded_term());
    return true;
  }
  if (tok() == Token::Ident || name != nullptr) {
    if (name == nullptr) name = this->name();
    if (tok() == Token::LBrack) {
      // name "[" ...
      out->type = array_or_targs();
      if (out->type->kind == ExprKind::Index) {
        static_cast<IndexExpr*>(out->type)->x = name;  // generic type name[A]
        out->type->pos = name->pos;
      } else {
        out->name = name;  // name [n]E
      }
      if (type_sets_ok && tok() == Token::Or) out->type = union_rest(out->type);
      return true;
    }
    if (tok() == Token::Period) {
      out->type = qualified_name(name);  // pkg.T
      if (type_sets_ok && tok() == Token::Or) out->type = union_rest(out->type);
      return true;
    }
    if (type_sets_ok && tok() == Token::Or) {
      out->type = union_rest(name);  // A|B
      return true;
    }
    out->name = name;
  }
  if (tok() == Token::Ellipsis) {
    EllipsisExpr* e = expr_node<EllipsisExpr>(ExprKind::Ellipsis, pos());
    next();
    e->elt = type_or_nil();
    if (e->elt == nullptr) {
      e->elt = bad_expr(pos());
      syntax_error("... is missing type");
    }
    out->type = e;
    return true;
  }
  if (type_sets_ok && tok() == Token::Tilde) {
    out->type = union_rest(embedded_term());  // name ~T
    return true;
  }
  out->type = type_or_nil();
  if (type_sets_ok && tok() == Token::Or && out->type != nullptr) out->type = union_rest(out->type);
  if (out->name != nullptr || out->type != nullptr) return true;
  syntax_error("expected " + tokstring(follow));
  advance(token_set({Token::Comma, follow}));
  return false;
}

// Parameters = "(" [ ParameterList [ "," ] ] ")" ; "(" (or "[") consumed.
// Either every parameter is named or none is: in "(a, b int, string)" the
// lone names take the type that follows them, and a list of lone names
// "(int, string)" is a list of types.
// name and type, if given, are the first parameter, already parsed.
std::vector<Parser::Param> Parser::param_list(Ident* name, Expr* type, Token close,
                                              bool require_names) {
  std::vector<Param> params;
  if (name != nullptr && type != nullptr && tok() == close) {
    next();
    params.push_back(Param{name->pos, name, type});
    return params;
  }
  int named = 0;  // parameters with an explicit name and type
  int typed = 0;  // parameters with an explicit type
  Pos end = list("parameter list", Token::Comma, close, [&] {
    Param par;
    bool ok;
    if (type != nullptr) {
      par = Param{name->pos, name, type};
      ok = true;
    } else {
      ok = param_decl(name, close, &par);
    }
    name = nullptr;  // the first name and type were consumed, if present
    type = nullptr;
    if (ok) {
      if (par.name != nullptr && par.type != nullptr) named++;
      if (par.type != nullptr) typed++;
      params.push_back(par);
    }
    return false;
  });
  if (params.empty()) return params;

  if (named == 0 && !require_names) {
    for (Param& par : params) {  // all lone names are types
      if (par.name != nullptr) {
        par.type = par.name;
        par.name = nullptr;
      }
    }
  } else if (named != int(params.size())) {
    // Some are named: all must be; fill in types right to left.
    Pos err;
    type = nullptr;
    for (size_t i = params.size(); i-- > 0;) {
      Param& par = params[i];
      if (par.type != nullptr) {
        type = par.type;
        if (par.name == nullptr) {
          err = type->pos;
          par.name = new_ident(err, "_");
        }
      } else if (type != nullptr) {
        par.type = type;
      } else {
        err = par.name->pos;  // a name with no type after it
        par.type = bad_expr(err);
      }
    }
    if (err.valid()) {
      std::string msg;
      if (require_names) {
        if (named == typed) {
          err = end;
          msg = "missing type constraint";
        } else {
          msg = "missing type parameter name";
          if (params.size() == 1) msg += " or invalid array length";
        }
      } else {
        msg = "mixed named and unnamed parameters";
      }
      syntax_error_at(err, msg);
    }
  }
  return params;
}

// Groups parameters sharing one type expression (a, b int) into one Field.
FieldList* Parser::field_list(Pos pos, std::vector<Param> params) {
  FieldList* fl = file_->make<FieldList>();
  fl->pos = pos;
  Field* cur = nullptr;
  for (const Param& par : params) {
    if (cur != nullptr && par.name != nullptr && !cur->names.empty() &&
        cur->type_expr == par.type) {
      cur->names.push_back(par.name);
      continue;
    }
    cur = file_->make<Field>();
    cur->pos = par.pos;
    if (par.name != nullptr) cur->names.push_back(par.name);
    cur->type_expr = par.type;
    fl->list.push_back(cur);
  }
  return fl;
}

// -------------------------------------------------------------- statements

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
//              Assignment | ShortVarDecl .
// keyword is For or Switch in those headers (range clauses, type switch
// guards), Illegal elsewhere.
Parser::Simple Parser::simple_stmt(std::vector<Expr*> lhs, Token keyword) {
  if (keyword == Token::For && tok() == Token::Range) return range_clause({}, false);
  if (lhs.empty()) lhs = expr_list();

  Simple r;
  if (lhs.size() == 1 && tok() != Token::Assign && tok() != Token::Define) {
    Expr* x = lhs[0];
    r.gc_pos = pos();
    if (is_op_assign(tok())) {  // x op= y
      AssignStmt* a = stmt_node<AssignStmt>(StmtKind::Assign, x->pos);
      a->tok = tok();
      a->tok_pos = pos();
      next();
      a->lhs = std::move(lhs);
      a->rhs.push_back(expr());
      r.stmt = a;
    } else if (tok() == Token::Inc || tok() == Token::Dec) {  // x++ x--
      IncDecStmt* s = stmt_node<IncDecStmt>(StmtKind::IncDec, x->pos);
      s->tok = tok();
      next();
      s->x = x;
      r.stmt = s;
    } else if (tok() == Token::Arrow) {  // ch <- v
      SendStmt* s = stmt_node<SendStmt>(StmtKind::Send, x->pos);
      next();
      s->chan = x;
      s->value = expr();
      r.stmt = s;
    } else {
      ExprStmt* s = stmt_node<ExprStmt>(StmtKind::Expr, x->pos);
      s->x = x;
      r.stmt = s;
      r.gc_pos = x->pos;
    }
    return r;
  }

  if (tok() == Token::Assign || tok() == Token::Define) {
    Pos op_pos = pos();
    Token op = tok();
    next();
    if (keyword == Token::For && tok() == Token::Range) {
      return range_clause(std::move(lhs), op == Token::Define);
    }
    AssignStmt* a = stmt_node<AssignStmt>(StmtKind::Assign, lhs[0]->pos);
    a->tok = op;
    a->tok_pos = op_pos;
    a->lhs = std::move(lhs);
    a->rhs = expr_list();
    r.stmt = a;
    r.gc_pos = op_pos;
    r.guard = keyword == Token::Switch && op == Token::Define && a->lhs.size() == 1 &&
              a->lhs[0]->kind == ExprKind::Ident && a->rhs.size() == 1 && is_type_guard(a->rhs[0]);
    return r;
  }

  syntax_error("expected := or = or comma");
  advance(token_set({Token::Semicolon, Token::RBrace}));
  ExprStmt* s = stmt_node<ExprStmt>(StmtKind::Expr, lhs[0]->pos);
  s->x = lhs[0];
  r.stmt = s;
  r.gc_pos = s->pos;
  return r;
}

// [ lhs ( "=" | ":=" ) ] "range" Expression ; the result lacks its body.
Parser::Simple Parser::range_clause(std::vector<Expr*> lhs, bool define) {
  Simple r;
  r.gc_pos = pos();
  r.range = true;
  RangeStmt* s = stmt_node<RangeStmt>(StmtKind::Range, pos());
  next();  // range
  if (!lhs.empty()) {
    s->tok = define ? Token::Define : Token::Assign;
    s->key = lhs[0];
    if (lhs.size() > 1) s->value = lhs[1];
    if (lhs.size() > 2) {
      soft_error(lhs[2]->pos, "range clause permits at most two iteration variables");
    }
  }
  s->x = expr();
  r.stmt = s;
  return r;
}

// LabeledStmt = Label ":" Statement ; the label is parsed.
Stmt* Parser::labeled_stmt_or_nil(Ident* label) {
  LabeledStmt* s = stmt_node<LabeledStmt>(StmtKind::Labeled, label->pos);
  s->label = label;
  Pos colon = pos();
  want(Token::Colon);
  if (tok() == Token::RBrace) {
    // A statement must follow; before "}" that is an empty statement.
    EmptyStmt* e = stmt_node<EmptyStmt>(StmtKind::Empty, pos());
    e->implicit = true;
    s->stmt = e;
    return s;
  }
  s->stmt = stmt_or_nil();
  if (s->stmt != nullptr) return s;
  syntax_error_at(colon, "missing statement after label");
  return nullptr;  // avoids follow-on errors
}

// Block = "{" StatementList "}" ; context names what the block follows,
// for the error when "{" is missing.
BlockStmt* Parser::block_stmt(const char* context) {
  BlockStmt* b = stmt_node<BlockStmt>(StmtKind::Block, pos());
  if (!got(Token::LBrace)) {
    // people coming from C may forget that braces are mandatory in Go
    syntax_error(std::string("expected { after ") + context);
    advance(token_set({Token::Ident, Token::RBrace}));
    b->rbrace = pos();
    if (got(Token::RBrace)) return b;
  }
  b->list = stmt_list();
  b->rbrace = pos();
  want(Token::RBrace);
  return b;
}

DeclStmt* Parser::decl_stmt() {
  DeclStmt* s = stmt_node<DeclStmt>(StmtKind::Decl, pos());
  Token keyword = tok();
  next();
  s->decl = gen_decl(keyword, s->pos);
  return s;
}

Stmt* Parser::for_stmt() {
  Pos p = pos();
  Header h = header(Token::For);
  BlockStmt* body = block_stmt("for clause");
  if (h.range != nullptr) {
    h.range->pos = p;
    h.range->body = body;
    return h.range;
  }
  ForStmt* s = stmt_node<ForStmt>(StmtKind::For, p);
  s->init = h.init;
  s->cond = h.cond;
  s->post = h.post;
  s->body = body;
  return s;
}

// The header of if, for and switch: keyword [ init ";" ] cond [ ";" post ].
// Composite literals need parentheses here (xnest_ = -1), since "{" starts
// the body.
Parser::Header Parser::header(Token keyword) {
  Header h;
  want(keyword);
  if (tok() == Token::LBrace) {
    if (keyword == Token::If) {
      syntax_error("missing condition in if statement");
      h.cond = bad_expr(pos());
    }
    return h;
  }

  int outer = xnest_;
  xnest_ = -1;

  Simple init;
  if (tok() != Token::Semicolon) {
    // accept a var declaration, but complain
    if (got(Token::Var)) {
      syntax_error("var declaration not allowed in " + tokstring(keyword) + " initializer");
    }
    init = simple_stmt({}, keyword);
    if (init.range) {
      h.range = static_cast<RangeStmt*>(init.stmt);
      xnest_ = outer;
      return h;
    }
  }

  Simple cond;
  Pos semi_pos;
  std::string semi_lit;
  bool done = false;
  if (tok() != Token::LBrace) {
    if (tok() == Token::Semicolon) {
      semi_pos = pos();
      semi_lit = std::string(lex_.lit);
      next();
    } else {
      want(Token::LBrace);  // asking for "{" rather than ";" gives a better message
      if (tok() != Token::LBrace) advance(token_set({Token::LBrace, Token::RBrace}));
    }
    if (keyword == Token::For) {
      if (tok() != Token::Semicolon) {
        if (tok() == Token::LBrace) {
          syntax_error("expected for loop condition");
          done = true;
        } else {
          cond = simple_stmt({}, Token::Illegal);
        }
      }
      if (!done) {
        want(Token::Semicolon);
        if (tok() != Token::LBrace) {
          Simple post = simple_stmt({}, Token::Illegal);
          h.post = post.stmt;
          if (post.stmt->kind == StmtKind::Assign &&
              static_cast<AssignStmt*>(post.stmt)->tok == Token::Define) {
            syntax_error_at(post.gc_pos, "cannot declare in post statement of for loop");
          }
        }
      }
    } else if (tok() != Token::LBrace) {
      cond = simple_stmt({}, keyword);
    }
    h.init = init.stmt;
  } else {
    cond = init;  // no init: what was parsed is the condition
  }

  if (cond.stmt == nullptr) {
    if (keyword == Token::If && semi_pos.valid()) {
      if (semi_lit != "semicolon") {
        syntax_error_at(semi_pos, "unexpected " + semi_lit + ", expected { after if clause");
      } else {
        syntax_error_at(semi_pos, "missing condition in if statement");
      }
      h.cond = bad_expr(semi_pos);
    }
  } else if (cond.stmt->kind == StmtKind::Expr) {
    h.cond = static_cast<ExprStmt*>(cond.stmt)->x;
  } else if (cond.guard) {
    h.guard = cond.stmt;
  } else {
    // A common mistake is = for ==, which makes the condition an assignment.
    syntax_error_at(cond.gc_pos, "cannot use " + simple_string(cond) + " as value");
    h.cond = bad_expr(cond.gc_pos);
  }
  xnest_ = outer;
  return h;
}

// A simple statement as gc prints it in "cannot use ... as value"; an
// assignment's sides are parenthesized when they are binary expressions,
// to show the = clearly.
std::string Parser::simple_string(const Simple& s) const {
  auto join = [](const std::vector<Expr*>& list, bool emphasize) {
    std::string out;
    for (size_t i = 0; i < list.size(); i++) {
      if (i > 0) out += ", ";
      out += expr_string(list[i]);
    }
    if (emphasize && list.size() == 1 && list[0]->kind == ExprKind::Binary) out = "(" + out + ")";
    return out;
  };
  switch (s.stmt->kind) {
    case StmtKind::Assign: {
      auto* a = static_cast<const AssignStmt*>(s.stmt);
      if (a->tok == Token::Assign) {
        return "assignment " + join(a->lhs, true) + " = " + join(a->rhs, true);
      }
      return join(a->lhs, false) + " " + token_string(a->tok) + " " + join(a->rhs, false);
    }
    case StmtKind::IncDec: {
      auto* i = static_cast<const IncDecStmt*>(s.stmt);
      return expr_string(i->x) + token_string(i->tok);
    }
    case StmtKind::Send: {
      auto* x = static_cast<const SendStmt*>(s.stmt);
      return expr_string(x->chan) + " <- " + expr_string(x->value);
    }
    default: return "statement";
  }
}

IfStmt* Parser::if_stmt() {
  Nest nest(*this);  // else-if chains nest
  IfStmt* s = stmt_node<IfStmt>(StmtKind::If, pos());
  Header h = header(Token::If);
  s->init = h.init;
  s->cond = h.cond;
  if (s->cond == nullptr) s->cond = bad_expr(s->pos);
  s->body = block_stmt("if clause");
  if (got(Token::Else)) {
    switch (tok()) {
      case Token::If: s->else_ = if_stmt(); break;
      case Token::LBrace: s->else_ = block_stmt(""); break;
      default:
        syntax_error("else must be followed by if or statement block");
        advance(token_set({Token::Ident, Token::RBrace}));
    }
  }
  return s;
}

// An expression switch or a type switch, told apart by the header.
Stmt* Parser::switch_stmt() {
  Pos p = pos();
  Header h = header(Token::Switch);
  BlockStmt* body = stmt_node<BlockStmt>(StmtKind::Block, pos());
  if (!got(Token::LBrace)) {
    syntax_error("missing { after switch clause");
    advance(token_set({Token::Case, Token::Default, Token::RBrace}));
  }
  while (tok() != Token::Eof && tok() != Token::RBrace) body->list.push_back(case_clause());
  body->rbrace = pos();
  want(Token::RBrace);

  if (h.guard != nullptr || is_type_guard(h.cond)) {
    TypeSwitchStmt* s = stmt_node<TypeSwitchStmt>(StmtKind::TypeSwitch, p);
    s->init = h.init;
    if (h.guard != nullptr) {
      s->assign = h.guard;
    } else {
      ExprStmt* e = stmt_node<ExprStmt>(StmtKind::Expr, h.cond->pos);
      e->x = h.cond;
      s->assign = e;
    }
    s->body = body;
    return s;
  }
  SwitchStmt* s = stmt_node<SwitchStmt>(StmtKind::Switch, p);
  s->init = h.init;
  s->tag = h.cond;
  s->body = body;
  return s;
}

SelectStmt* Parser::select_stmt() {
  SelectStmt* s = stmt_node<SelectStmt>(StmtKind::Select, pos());
  want(Token::Select);
  BlockStmt* body = stmt_node<BlockStmt>(StmtKind::Block, pos());
  if (!got(Token::LBrace)) {
    syntax_error("missing { after select clause");
    advance(token_set({Token::Case, Token::Default, Token::RBrace}));
  }
  while (tok() != Token::Eof && tok() != Token::RBrace) body->list.push_back(comm_clause());
  body->rbrace = pos();
  want(Token::RBrace);
  s->body = body;
  return s;
}

CaseClause* Parser::case_clause() {
  CaseClause* c = stmt_node<CaseClause>(StmtKind::CaseClause, pos());
  switch (tok()) {
    case Token::Case:
      next();
      c->list = expr_list();
      break;
    case Token::Default:
      next();
      c->is_default = true;
      break;
    default:
      syntax_error("expected case or default or }");
      advance(token_set({Token::Colon, Token::Case, Token::Default, Token::RBrace}));
  }
  want(Token::Colon);
  c->body = stmt_list();
  return c;
}

// CommClause = ( "case" ( SendStmt | RecvStmt ) | "default" ) ":" StatementList .
// Which simple statements are valid communications is the checker's to say.
CommClause* Parser::comm_clause() {
  CommClause* c = stmt_node<CommClause>(StmtKind::CommClause, pos());
  switch (tok()) {
    case Token::Case:
      next();
      c->comm = simple_stmt({}, Token::Illegal).stmt;
      break;
    case Token::Default:
      next();
      break;
    default:
      syntax_error("expected case or default or }");
      advance(token_set({Token::Colon, Token::Case, Token::Default, Token::RBrace}));
  }
  want(Token::Colon);
  c->body = stmt_list();
  return c;
}

// GoStmt = "go" Expression ; DeferStmt = "defer" Expression .
// A call that is not a call is reported here (types2 would), and the
// statement becomes a Bad one.
Stmt* Parser::call_stmt() {
  Pos p = pos();
  Token keyword = tok();
  next();
  Expr* x = pexpr(nullptr);
  const char* what = keyword == Token::Go ? "go" : "defer";
  if (x->kind == ExprKind::Paren) {
    error_at(x->pos, std::string("expression in ") + what + " must not be parenthesized");
    x = unparen(x);
  }
  if (x->kind != ExprKind::Call) {
    if (x->kind != ExprKind::Bad) {
      soft_error(x->pos, std::string("expression in ") + what + " must be function call");
    }
    return stmt_node<Stmt>(StmtKind::Bad, p);
  }
  if (keyword == Token::Go) {
    GoStmt* s = stmt_node<GoStmt>(StmtKind::Go, p);
    s->call = static_cast<CallExpr*>(x);
    return s;
  }
  DeferStmt* s = stmt_node<DeferStmt>(StmtKind::Defer, p);
  s->call = static_cast<CallExpr*>(x);
  return s;
}

// A statement, or nullptr if none starts here.
Stmt* Parser::stmt_or_nil() {
  Nest nest(*this);
  if (!nest.ok()) return nullptr;
  Pos p = pos();
  // Most statements start with a name; look for that first.
  if (tok() == Token::Ident) {
    std::vector<Expr*> lhs = expr_list();
    if (lhs.size() == 1 && lhs[0]->kind == ExprKind::Ident && tok() == Token::Colon) {
      return labeled_stmt_or_nil(static_cast<Ident*>(lhs[0]));
    }
    return simple_stmt(std::move(lhs), Token::Illegal).stmt;
  }
  switch (tok()) {
    case Token::Var: case Token::Const: case Token::Type: return decl_stmt();
    case Token::LBrace: return block_stmt("");
    case Token::Add: case Token::Sub: case Token::Mul: case Token::And: case Token::Xor:
    case Token::Not:
    case Token::Int: case Token::Float: case Token::Imag: case Token::Char: case Token::String:
    case Token::Func: case Token::LParen: case Token::LBrack: case Token::Struct:
    case Token::Map: case Token::Chan: case Token::Interface: case Token::Arrow:
      return simple_stmt({}, Token::Illegal).stmt;
    case Token::For: return for_stmt();
    case Token::Switch: return switch_stmt();
    case Token::Select: return select_stmt();
    case Token::If: return if_stmt();
    case Token::Fallthrough: {
      BranchStmt* s = stmt_node<BranchStmt>(StmtKind::Branch, p);
      s->tok = Token::Fallthrough;
      next();
      return s;
    }
    case Token::Break: case Token::Continue: {
      BranchStmt* s = stmt_node<BranchStmt>(StmtKind::Branch, p);
      s->tok = tok();
      next();
      if (tok() == Token::Ident) s->label = name();
      return s;
    }
    case Token::Go: case Token::Defer: return call_stmt();
    case Token::Goto: {
      BranchStmt* s = stmt_node<BranchStmt>(StmtKind::Branch, p);
      s->tok = Token::Goto;
      next();
      s->label = name();
      return s;
    }
    case Token::Return: {
      ReturnStmt* s = stmt_node<ReturnStmt>(StmtKind::Return, p);
      next();
      if (tok() != Token::Semicolon && tok() != Token::RBrace) s->results = expr_list();
      return s;
    }
    case Token::Semicolon: {
      EmptyStmt* s = stmt_node<EmptyStmt>(StmtKind::Empty, p);
      s->implicit = lex_.lit != "semicolon";
      return s;
    }
    default: return nullptr;
  }
}

// StatementList = { Statement ";" } .
std::vector<Stmt*> Parser::stmt_list() {
  std::vector<Stmt*> list;
  while (tok() != Token::Eof && tok() != Token::RBrace && tok() != Token::Case &&
         tok() != Token::Default) {
    Stmt* s = stmt_or_nil();
    if (s == nullptr) break;
    list.push_back(s);
    // ";" is optional before "}"
    if (!got(Token::Semicolon) && tok() != Token::RBrace) {
      syntax_error("at end of statement");
      advance(token_set({Token::Semicolon, Token::RBrace, Token::Case, Token::Default}));
      got(Token::Semicolon);  // avoid a spurious empty statement
    }
  }
  return list;
}

}  // namespace

std::unique_ptr<File> parse_file(const std::string& path, const std::string& source,
                                 Diagnostics& diags) {
  if (!check_header(source, diags)) return nullptr;  // the go command stops here
  Parser p(path, source, diags);
  return p.parse();
}

}  // namespace govm
