// Helpers for tests that read the produced SVG back with pugixml.
#pragma once

#include <pugixml.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace regio::render::testing {

inline pugi::xml_document parse_svg(const std::string& svg) {
  pugi::xml_document doc;
  pugi::xml_parse_result ok = doc.load_buffer(svg.data(), svg.size());
  EXPECT_TRUE(ok) << ok.description() << " at " << ok.offset;
  return doc;
}

inline std::vector<std::string> texts(const pugi::xml_document& doc) {
  std::vector<std::string> out;
  for (auto n : doc.select_nodes("//*[local-name()='text']")) out.push_back(n.node().child_value());
  return out;
}

inline bool has_text(const pugi::xml_document& doc, const std::string& value) {
  for (const auto& t : texts(doc))
    if (t == value) return true;
  return false;
}

inline std::size_t count(const pugi::xml_document& doc, const char* xpath) { return doc.select_nodes(xpath).size(); }

}  // namespace regio::render::testing
