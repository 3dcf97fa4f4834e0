#include "advice/rules.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "advice/template.h"
#include "advice/variables.h"
#include "analysis/config.h"

namespace regio::advice {
namespace {

TEST(AdviceRules, DefaultRulesLoadAndCoverTheResearchThemes) {
  const Catalogue catalogue(analysis::default_config());
  auto rules = default_rules(catalogue);
  ASSERT_TRUE(rules.has_value()) << rules.error().describe();
  EXPECT_EQ(rules->source, "standaardregels");
  EXPECT_GE(rules->rules.size(), 12u);
  EXPECT_LE(rules->rules.size(), 18u);
  // Every rule rests on at least one national comparison or a named answer, and every figure
  // it lists is a catalogue variable.
  std::set<std::string> used;
  for (const auto& r : rules->rules)
    for (const auto& f : r.figures) {
      EXPECT_NE(catalogue.find(f), nullptr) << r.id << " " << f;
      used.insert(f);
    }
  for (const char* theme :
       {"knelpunt_prioriteit", "betrokkenheid_werkgevers", "betrokkenheid_zorgverzekeraar",
        "betrokkenheid_ervaringsdeskundigen", "doelen_kwantitatief", "doelen_gemeten", "knelpunt_financiering",
        "knelpunt_personeelsverloop", "borging_continuiteit", "borging_olievlek", "borging_inbedding", "borging_bereik",
        "borging_commitment", "borging_structureel"})
    EXPECT_TRUE(used.contains(theme)) << theme;
}

TEST(AdviceRules, MissingFileIsNotFound) {
  const Catalogue catalogue(analysis::default_config());
  auto r = load_rules_file("/nonexistent/regels.json", catalogue);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(r.error().message, "regelbestand '/nonexistent/regels.json' bestaat niet");
}

TEST(AdviceRules, ConditionMayNotUseTheCurrentQuestion) {
  const Catalogue catalogue(analysis::default_config());
  auto r = load_rules(R"({"regels": [{"id": "punt", "versie": 1, "voorwaarde": ". > 2 and ${niveau} > 1",
      "advies": "A.", "onderbouwing": "${niveau}", "kanttekening": "K.", "cijfers": ["niveau"]}]})",
                      catalogue, "x.json");
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().describe(),
            "Regelbestand x.json geweigerd (1 fout(en)); er is geen enkele regel gebruikt\n"
            "  - x.json: regel 'punt', veld 'voorwaarde': '.' (de huidige vraag) heeft in een regel geen betekenis "
            "[syntaxis]");
}

TEST(AdviceTemplate, ReferencesInOrderWithoutDuplicates) {
  auto refs = template_references("${a} en ${b_2} en ${a}.");
  ASSERT_TRUE(refs.has_value());
  EXPECT_EQ(*refs, (std::vector<std::string>{"a", "b_2"}));
  EXPECT_EQ(template_references("Geen plaatshouders; $ en { mogen.")->size(), 0u);
  EXPECT_EQ(template_references("x ${} y").error().message,
            "ongeldige naam '${}' op positie 3 (alleen letters, cijfers en _)");
  EXPECT_EQ(template_references("é ${a b}").error().message,
            "ongeldige naam '${a b}' op positie 3 (alleen letters, cijfers en _)");
}

TEST(AdviceTemplate, NumbersShownWithDecimalCommaTextAsIs) {
  EXPECT_EQ(shown_value("2.5", VariableKind::kNumber), "2,5");
  EXPECT_EQ(shown_value("-1", VariableKind::kNumber), "-1");
  EXPECT_EQ(shown_value("2.5", VariableKind::kText), "2.5");
  EXPECT_EQ(shown_value("ja", VariableKind::kYesNo), "ja");
}

}  // namespace
}  // namespace regio::advice

namespace regio::advice {
namespace {

TEST(AdviceDocs, EveryProfileVariableIsDocumented) {
  std::ifstream in(std::filesystem::path(REGIO_SOURCE_DIR) / "docs/ADVICE.md");
  std::stringstream s;
  s << in.rdbuf();
  const std::string doc = s.str();
  const Catalogue catalogue(analysis::default_config());
  for (const auto& v : catalogue.variables())
    EXPECT_NE(doc.find("| `" + v.name + "` |"), std::string::npos) << v.name << " ontbreekt in docs/ADVICE.md";
}

}  // namespace
}  // namespace regio::advice
