#include "document/document.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace regio::document {
namespace {

bool valid_anchor(std::string_view a) {
  if (a.empty() || a.size() > 100) return false;
  return std::all_of(a.begin(), a.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

bool contains_ci(std::string_view text, std::string_view needle) {
  auto it = std::search(text.begin(), text.end(), needle.begin(), needle.end(), [](char a, char b) {
    auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    return lower(a) == lower(b);
  });
  return it != text.end();
}

// The SVG is trusted output of the chart module; this is a cheap guard against passing anything
// else, not a sanitizer.
std::string svg_problem(std::string_view svg) {
  if (!contains_ci(svg, "<svg")) return "bevat geen <svg>-element";
  for (std::string_view bad : {"<script", "<foreignobject", "javascript:", "<!entity"}) {
    if (contains_ci(svg, bad)) return fmt::format("bevat '{}', wat een grafiek nooit nodig heeft", bad);
  }
  return {};
}

// Well-formed UTF-8 (no overlong forms, surrogates or code points above U+10FFFF).
bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    unsigned min = 0;
    unsigned cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      n = 1, min = 0x80, cp = c & 0x1Fu;
    } else if ((c & 0xF0) == 0xE0) {
      n = 2, min = 0x800, cp = c & 0x0Fu;
    } else if ((c & 0xF8) == 0xF0) {
      n = 3, min = 0x10000, cp = c & 0x07u;
    } else {
      return false;
    }
    for (std::size_t k = 1; k <= n; ++k) {
      if (i + k >= s.size()) return false;
      const auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n + 1;
  }
  return true;
}

// Every text of a block, for the UTF-8 check.
std::vector<std::string_view> texts_of(const Block& block) {
  std::vector<std::string_view> out;
  auto runs = [&out](const std::vector<Run>& rs) {
    for (const Run& r : rs) out.push_back(r.text);
  };
  auto rows = [&out](const std::vector<Row>& rs) {
    for (const Row& r : rs)
      for (const Cell& c : r) out.push_back(c.text);
  };
  if (const auto* h = std::get_if<Heading>(&block)) out.push_back(h->text);
  if (const auto* p = std::get_if<Paragraph>(&block)) runs(p->runs);
  if (const auto* l = std::get_if<BulletList>(&block))
    for (const auto& item : l->items) runs(item);
  if (const auto* t = std::get_if<Table>(&block)) {
    out.insert(out.end(), {t->caption, t->source});
    rows(t->header_rows);
    rows(t->rows);
  }
  if (const auto* f = std::get_if<Figure>(&block)) out.insert(out.end(), {f->svg, f->alt, f->caption, f->source});
  if (const auto* n = std::get_if<Note>(&block)) {
    out.push_back(n->title);
    runs(n->runs);
  }
  if (const auto* c = std::get_if<TableOfContents>(&block)) out.push_back(c->title);
  return out;
}

}  // namespace

Status validate(const Document& doc) {
  if (doc.metadata.title.empty()) return fail(ErrorCode::kInvalidArgument, "Document zonder titel.");
  const Metadata& m = doc.metadata;
  for (std::string_view t :
       {std::string_view(m.title), std::string_view(m.subtitle), std::string_view(m.author),
        std::string_view(m.subject), std::string_view(m.creator), std::string_view(doc.running_text)}) {
    if (!valid_utf8(t))
      return fail(ErrorCode::kInvalidArgument, "De gegevens van het document zijn geen geldige UTF-8.");
  }
  for (const std::string& k : m.keywords) {
    if (!valid_utf8(k))
      return fail(ErrorCode::kInvalidArgument, "Een trefwoord van het document is geen geldige UTF-8.");
  }
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    for (std::string_view t : texts_of(doc.blocks[i])) {
      if (!valid_utf8(t)) {
        return fail(ErrorCode::kInvalidArgument, fmt::format("Blok {}: de tekst is geen geldige UTF-8.", i + 1));
      }
    }
  }
  std::set<std::string, std::less<>> anchors;
  int tables = 0;
  int figures = 0;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& block = doc.blocks[i];
    const std::size_t n = i + 1;
    if (const auto* h = std::get_if<Heading>(&block)) {
      if (h->level < 1 || h->level > 3) {
        return fail(
            ErrorCode::kInvalidArgument,
            fmt::format("Blok {}: kop '{}' heeft niveau {}; toegestaan is 1 tot en met 3.", n, h->text, h->level));
      }
      if (h->text.empty()) return fail(ErrorCode::kInvalidArgument, fmt::format("Blok {}: kop zonder tekst.", n));
      if (!valid_anchor(h->anchor)) {
        return fail(ErrorCode::kInvalidArgument,
                    fmt::format("Blok {}: kop '{}' heeft anker '{}'; een anker bestaat uit letters, cijfers, '-' en "
                                "'_' (1 tot 100 tekens).",
                                n, h->text, h->anchor));
      }
      if (!anchors.insert(h->anchor).second) {
        return fail(ErrorCode::kInvalidArgument,
                    fmt::format("Blok {}: anker '{}' komt al eerder in het document voor.", n, h->anchor));
      }
    } else if (const auto* t = std::get_if<Table>(&block)) {
      ++tables;
      if (t->caption.empty()) {
        return fail(ErrorCode::kInvalidArgument, fmt::format("Blok {}: tabel {} heeft geen bijschrift.", n, tables));
      }
      const Row* first = !t->header_rows.empty() ? &t->header_rows.front() : (t->rows.empty() ? nullptr : &t->rows[0]);
      if (first == nullptr || first->empty()) {
        return fail(ErrorCode::kInvalidArgument, fmt::format("Blok {}: tabel '{}' is leeg.", n, t->caption));
      }
      const std::size_t width = first->size();
      std::size_t r = 0;
      for (const auto* rows : {&t->header_rows, &t->rows}) {
        for (const Row& row : *rows) {
          ++r;
          if (row.size() != width) {
            return fail(ErrorCode::kInvalidArgument,
                        fmt::format("Blok {}: tabel '{}', rij {} heeft {} cellen; de tabel heeft {} kolommen.", n,
                                    t->caption, r, row.size(), width));
          }
        }
      }
    } else if (const auto* f = std::get_if<Figure>(&block)) {
      ++figures;
      if (f->alt.empty()) {
        return fail(ErrorCode::kInvalidArgument,
                    fmt::format("Blok {}: figuur {} ('{}') heeft geen alternatieve tekst.", n, figures, f->caption));
      }
      if (f->caption.empty()) {
        return fail(ErrorCode::kInvalidArgument, fmt::format("Blok {}: figuur {} heeft geen bijschrift.", n, figures));
      }
      if (std::string p = svg_problem(f->svg); !p.empty()) {
        return fail(ErrorCode::kInvalidArgument, fmt::format("Blok {}: de SVG van figuur {} {}.", n, figures, p));
      }
    } else if (const auto* toc = std::get_if<TableOfContents>(&block)) {
      if (toc->max_level < 1 || toc->max_level > 3) {
        return fail(
            ErrorCode::kInvalidArgument,
            fmt::format("Blok {}: inhoudsopgave tot niveau {}; toegestaan is 1 tot en met 3.", n, toc->max_level));
      }
    }
  }
  return {};
}

}  // namespace regio::document
