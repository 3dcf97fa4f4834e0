#include "document/internal/pdf_accessibility.h"

#include <fmt/format.h>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <exception>

#include "document/internal/pdf_artifacts.h"

namespace regio::document::internal {
namespace {

struct Elements {
  std::vector<QPDFObjectHandle> figures;
  std::vector<QPDFObjectHandle> rows;  // /TR
};

std::string type_of(QPDFObjectHandle node) {
  QPDFObjectHandle type = node.isDictionary() ? node.getKey("/S") : QPDFObjectHandle::newNull();
  return type.isName() ? type.getName() : std::string();
}

// Structure elements below `node` (the /K of the tree root or of an element), in document order.
// Only /K is followed, so the /P back-links cannot make a cycle.
void collect(QPDFObjectHandle node, Elements& out, int depth) {
  if (depth > 100) return;
  if (node.isArray()) {
    for (QPDFObjectHandle& kid : node.aitems()) collect(kid, out, depth + 1);
    return;
  }
  if (!node.isDictionary()) return;
  const std::string type = type_of(node);
  if (type == "/Figure") out.figures.push_back(node);
  if (type == "/TR") out.rows.push_back(node);
  if (node.hasKey("/K")) collect(node.getKey("/K"), out, depth + 1);
}

// The scope of header cells, as <th scope> in the HTML: a row of only TH heads its columns; a TH
// among TDs names its row.
void set_header_scopes(const std::vector<QPDFObjectHandle>& rows) {
  for (QPDFObjectHandle row : rows) {
    QPDFObjectHandle kids = row.getKey("/K");
    std::vector<QPDFObjectHandle> cells = kids.isArray() ? kids.getArrayAsVector() : std::vector{kids};
    const bool all_heads = std::all_of(cells.begin(), cells.end(), [](auto& c) { return type_of(c) == "/TH"; });
    for (QPDFObjectHandle& cell : cells) {
      if (type_of(cell) != "/TH") continue;
      cell.replaceKey(
          "/A", QPDFObjectHandle::parse(all_heads ? "<< /O /Table /Scope /Column >>" : "<< /O /Table /Scope /Row >>"));
    }
  }
}

}  // namespace

Result<std::string> add_accessibility(const std::string& bytes, const std::string& language,
                                      const std::vector<std::string>& figure_alts) {
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("rapport.pdf", bytes.data(), bytes.size());
    QPDFObjectHandle root = pdf.getRoot();
    root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(language));
    root.replaceKey("/MarkInfo", QPDFObjectHandle::parse("<< /Marked true >>"));
    root.replaceKey("/ViewerPreferences", QPDFObjectHandle::parse("<< /DisplayDocTitle true >>"));
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
      page.getObjectHandle().replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
    }
    mark_artifacts(pdf);
    Elements elements;
    QPDFObjectHandle tree = root.getKey("/StructTreeRoot");
    if (tree.isDictionary()) collect(tree.getKey("/K"), elements, 0);
    set_header_scopes(elements.rows);
    std::vector<QPDFObjectHandle>& figures = elements.figures;
    if (figures.size() != figure_alts.size()) {
      return fail(ErrorCode::kInternal, fmt::format("De PDF heeft {} figuren in de structuur, het document {}.",
                                                    figures.size(), figure_alts.size()));
    }
    for (std::size_t i = 0; i < figures.size(); ++i) {
      figures[i].replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(figure_alts[i]));
    }
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setDeterministicID(true);
    // Copy cairo's compressed streams as they are: decoding and compressing them again would
    // double the writer's time for nothing.
    writer.setDecodeLevel(qpdf_dl_none);
    writer.write();
    std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(out->getBuffer()), out->getSize());
  } catch (const std::exception& e) {
    return fail(ErrorCode::kInternal, fmt::format("De PDF kon niet worden afgemaakt (qpdf): {}", e.what()));
  }
}

}  // namespace regio::document::internal
