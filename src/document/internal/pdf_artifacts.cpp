#include "document/internal/pdf_artifacts.h"

#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <set>
#include <string>
#include <vector>

#include "document/internal/pdf_layout.h"

namespace regio::document::internal {
namespace {

const std::string kArtifactName = std::string("/") + kArtifactTag;

bool is_artifact_element(QPDFObjectHandle node) {
  return node.isDictionary() && node.getKey("/S").isName() && node.getKey("/S").getName() == kArtifactName;
}

// Rewrites the page content so that nothing is left unmarked: `/Private << /MCID n >> BDC`
// becomes `/Artifact BMC`, and drawing outside any marked content (cairo leaves rules and
// backgrounds unmarked) is wrapped in `/Artifact BMC … EMC`. Operands are held until their
// operator arrives, so an artifact is closed before the operands of the next BDC.
class ArtifactFilter : public QPDFObjectHandle::TokenFilter {
 public:
  void handleToken(QPDFTokenizer::Token const& token) override {
    if (token.getType() == QPDFTokenizer::tt_eof) return;
    if (!token.isWord()) {
      operands_.push_back(token);
      return;
    }
    if (token.isWord("BDC") || token.isWord("BMC")) {
      close_artifact();
      if (token.isWord("BDC") && first_name() == kArtifactName) {
        operands_.clear();
        write("/Artifact BMC");
      } else {
        flush();
        writeToken(token);
      }
      ++depth_;
      return;
    }
    if (token.isWord("EMC")) {
      flush();
      writeToken(token);
      if (depth_ > 0) --depth_;
      return;
    }
    if (depth_ == 0 && !in_artifact_) {
      write("/Artifact BMC\n");
      in_artifact_ = true;
    }
    flush();
    writeToken(token);
  }
  void handleEOF() override {
    flush();
    close_artifact();
  }

 private:
  std::string first_name() const {
    for (const auto& t : operands_)
      if (t.getType() == QPDFTokenizer::tt_name) return t.getValue();
    return {};
  }
  void flush() {
    for (const auto& t : operands_) writeToken(t);
    operands_.clear();
  }
  void close_artifact() {
    if (!in_artifact_) return;
    write("\nEMC\n");
    in_artifact_ = false;
  }
  std::vector<QPDFTokenizer::Token> operands_;
  int depth_ = 0;
  bool in_artifact_ = false;
};

using ObjectIds = std::set<QPDFObjGen>;

// Every structure element in the subtree of `node` (they all leave the tree with it).
void collect_subtree(QPDFObjectHandle node, ObjectIds& removed, int depth) {
  if (depth > 200) return;
  if (node.isArray()) {
    for (QPDFObjectHandle& kid : node.aitems()) collect_subtree(kid, removed, depth + 1);
    return;
  }
  if (!node.isDictionary()) return;
  if (node.isIndirect()) removed.insert(node.getObjGen());
  if (node.hasKey("/K")) collect_subtree(node.getKey("/K"), removed, depth + 1);
}

// Drops artifact elements from every /K below `node`, collecting what was dropped.
void prune(QPDFObjectHandle node, ObjectIds& removed, int depth) {
  if (depth > 200 || !node.isDictionary() || !node.hasKey("/K")) return;
  QPDFObjectHandle kids = node.getKey("/K");
  if (kids.isArray()) {
    std::vector<QPDFObjectHandle> kept;
    for (QPDFObjectHandle& kid : kids.aitems()) {
      if (is_artifact_element(kid)) {
        collect_subtree(kid, removed, depth + 1);
        continue;
      }
      prune(kid, removed, depth + 1);
      kept.push_back(kid);
    }
    node.replaceKey("/K", QPDFObjectHandle::newArray(kept));
  } else if (is_artifact_element(kids)) {
    collect_subtree(kids, removed, depth + 1);
    node.removeKey("/K");
  } else {
    prune(kids, removed, depth + 1);
  }
}

// The parent tree maps each page's marked content to its element: the dropped ones map to
// null. Compared by object id, so the entries need not be parsed.
void clear_parent_tree(QPDFObjectHandle node, const ObjectIds& removed, int depth) {
  if (depth > 50 || !node.isDictionary()) return;
  if (node.hasKey("/Kids")) {
    for (QPDFObjectHandle& kid : node.getKey("/Kids").aitems()) clear_parent_tree(kid, removed, depth + 1);
  }
  QPDFObjectHandle nums = node.getKey("/Nums");
  if (!nums.isArray()) return;
  for (int i = 1; i < nums.getArrayNItems(); i += 2) {
    QPDFObjectHandle value = nums.getArrayItem(i);
    if (!value.isArray()) continue;
    for (int j = 0; j < value.getArrayNItems(); ++j) {
      QPDFObjectHandle item = value.getArrayItem(j);
      if (item.isIndirect() && removed.count(item.getObjGen()) > 0) value.setArrayItem(j, QPDFObjectHandle::newNull());
    }
  }
}

}  // namespace

void mark_artifacts(QPDF& pdf) {
  QPDFObjectHandle tree = pdf.getRoot().getKey("/StructTreeRoot");
  if (!tree.isDictionary()) return;
  ObjectIds removed;
  prune(tree, removed, 0);
  clear_parent_tree(tree.getKey("/ParentTree"), removed, 0);
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    page.addContentTokenFilter(std::make_shared<ArtifactFilter>());
  }
}

}  // namespace regio::document::internal
