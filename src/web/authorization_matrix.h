// Test support: the expected authorization table (testdata/authorization.tsv).
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace regio::web::testing {

struct MatrixRow {
  std::string method, path, role, relation, expected;  // expected: "ja", "401" or "403"
};

inline std::vector<MatrixRow> read_matrix() {
  std::ifstream in(std::string(REGIO_SOURCE_DIR) + "/src/web/testdata/authorization.tsv");
  std::vector<MatrixRow> rows;
  bool header = true;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::istringstream fields(line);
    MatrixRow r;
    std::getline(fields, r.method, '\t');
    std::getline(fields, r.path, '\t');
    std::getline(fields, r.role, '\t');
    std::getline(fields, r.relation, '\t');
    std::getline(fields, r.expected, '\t');
    rows.push_back(r);
  }
  return rows;
}

}  // namespace regio::web::testing
