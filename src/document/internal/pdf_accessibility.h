// What cairo 1.16 cannot write into a tagged PDF, added afterwards with libqpdf: the document
// language (/Lang), /MarkInfo << /Marked true >>, /ViewerPreferences << /DisplayDocTitle true >>,
// tab order by structure on every page (/Tabs /S), the alternative text (/Alt) of every /Figure
// structure element, in document order, the /Scope of table header cells (Column or Row, as the
// HTML's <th scope>), and decoration marked as artifacts (pdf_artifacts.h).
#pragma once

#include <string>
#include <vector>

#include "base/error.h"

namespace regio::document::internal {

// kInternal when the PDF cannot be read or the number of /Figure elements differs from
// `figure_alts` (our bug).
Result<std::string> add_accessibility(const std::string& pdf, const std::string& language,
                                      const std::vector<std::string>& figure_alts);

}  // namespace regio::document::internal
