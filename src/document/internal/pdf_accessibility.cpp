#include "document/internal/pdf_accessibility.h"

#include <fmt/format.h>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

#include "document/internal/pdf_artifacts.h"

namespace regio::document::internal {
namespace {

// Structure elements below `node` (the /K of the tree root or of an element), in document order.
// Only /K is followed, so the /P back-links cannot make a cycle.
void collect_figures(QPDFObjectHandle node, std::vector<QPDFObjectHandle>& out, int depth) {
  if (depth > 100) return;
  if (node.isArray()) {
    for (int i = 0; i < node.getArrayNItems(); ++i) collect_figures(node.getArrayItem(i), out, depth + 1);
    return;
  }
  if (!node.isDictionary()) return;
  QPDFObjectHandle type = node.getKey("/S");
  if (type.isName() && type.getName() == "/Figure") out.push_back(node);
  if (node.hasKey("/K")) collect_figures(node.getKey("/K"), out, depth + 1);
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
    std::vector<QPDFObjectHandle> figures;
    QPDFObjectHandle tree = root.getKey("/StructTreeRoot");
    if (tree.isDictionary()) collect_figures(tree.getKey("/K"), figures, 0);
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
