// Turns the decoration the draw pass put inside kArtifactTag (pdf_layout.h) into artifacts:
// its marked content becomes `/Artifact BMC … EMC` and its structure elements leave the tree and
// the parent tree, so assistive technology skips running headers, footers, rules and repeated
// table headers. (cairo 1.16 has no way to draw an artifact.)
#pragma once

#include <qpdf/QPDF.hh>

namespace regio::document::internal {

void mark_artifacts(QPDF& pdf);

}  // namespace regio::document::internal
