#include "advice/variables.h"

#include <algorithm>

namespace regio::advice {
namespace {

constexpr VariableKind N = VariableKind::kNumber;
constexpr VariableKind T = VariableKind::kText;
constexpr VariableKind J = VariableKind::kYesNo;

const char* const kScores = "analyse: score_region";
const char* const kNational = "analyse: landelijk beeld van het meetmoment";

}  // namespace

std::string Catalogue::weight_name(const std::string& question) {
  const std::string prefix = "betrokken_";
  return question.starts_with(prefix) ? "betrokkenheid_" + question.substr(prefix.size()) : question + "_gewicht";
}

void Catalogue::add(std::string name, VariableKind kind, std::string meaning, std::string source) {
  variables_.push_back(Variable{std::move(name), kind, std::move(meaning), std::move(source)});
}

const Variable* Catalogue::find(const std::string& name) const {
  auto it = std::find_if(variables_.begin(), variables_.end(), [&](const Variable& v) { return v.name == name; });
  return it == variables_.end() ? nullptr : &*it;
}

Catalogue::Catalogue(const analysis::Config& c) {
  // A. Samenwerkingsniveau
  add("niveau", N, "Niveau op de samenwerkingsladder (1–5)", "vraag niveau");
  add("niveau_naam", T, "Naam van dat niveau (bijv. Operationele samenwerking)", "configuratie: ladder");
  add("niveau_vorig", N, "Niveau in het vorige meetmoment", "vraag niveau, vorig meetmoment");
  add("niveau_stijging", N, "niveau − niveau_vorig (negatief bij daling)", kScores);
  add("niveau_beoogd", N, "Beoogd niveau over een jaar", "vraag niveau_beoogd");
  add("niveau_kloof", N, "niveau_beoogd − niveau", kScores);
  add("niveau5_zonder_meting", J, "'ja' als de regio niveau 5 claimt zonder gemeten kwantitatief doel", kScores);
  // I. Borging en inbedding
  add("borging_gemiddelde", N, "Gemiddelde van de zes borgingselementen (1–4, op 1 decimaal)", kScores);
  add("borgingsklasse", T, "Borgingsklasse: stevig, vrij sterk, redelijk of kwetsbaar", kScores);
  for (const auto& e : c.embedding_elements)
    add(e.question, N, "Score borgingselement '" + e.label + "' (1 nauwelijks – 4 sterk)", "vraag " + e.question);
  add("zwakste_element", T, "Vraagnaam van het zwakste borgingselement (bij gelijke stand het eerste)", kScores);
  add("zwakste_element_naam", T, "Naam van het zwakste borgingselement", kScores);
  add("zwakste_element_score", N, "Score van het zwakste borgingselement (1–4)", kScores);
  // B. Partijen en betrokkenheid
  for (const auto& s : c.stakeholders) {
    add(s.question, T, "Betrokkenheid " + s.label + ": niet, incidenteel, structureel of trekker",
        "vraag " + s.question);
    add(weight_name(s.question), N, "Betrokkenheid " + s.label + " als getal (niet 0 – trekker 3)",
        "vraag " + s.question + ", gewicht uit de configuratie");
  }
  add("betrokkenheidsindex", N, "Gemiddeld gewicht over de beantwoorde stakeholders gedeeld door het hoogste (0–1)",
      kScores);
  // C. Producten
  for (const auto& p : c.products)
    add(p.question, T, "Status product '" + p.label + "': niet_gepland, gepland, in_uitvoering of gerealiseerd",
        "vraag " + p.question);
  add("producten_gepland", N, "Aantal producten gepland, in uitvoering of gerealiseerd", kScores);
  add("producten_gerealiseerd", N, "Aantal gerealiseerde producten", kScores);
  add("producten_pct_gerealiseerd", N, "Gerealiseerd als percentage van gepland (afwezig als niets gepland is)",
      kScores);
  // D. Doelen
  add("doelen_aantal", N, "Aantal doelen (rijen van herhaalgroep doelen)", "herhaalgroep doelen");
  add("doelen_kwantitatief", N, "Aantal kwantitatieve doelen (doel_kwantitatief = ja)", "herhaalgroep doelen");
  add("doelen_gemeten", J,
      "'ja' als een kwantitatief doel gemeten wordt (rij met indicator, streefwaarde en status, "
      "of een uitkomstdoel met cijfers in de laatste release)",
      kScores);
  add("doelen_beoordeeld", N, "Aantal doelen met status behaald, deels of niet behaald", kScores);
  add("doelen_behaald", N, "Aantal behaalde doelen", kScores);
  add("doelen_pct_behaald", N, "Behaald als percentage van beoordeeld (afwezig als niets beoordeeld is)", kScores);
  // G, H. Activiteiten en cliëntperspectief
  add("activiteiten_clienten_aantal", N, "Aantal soorten activiteiten voor cliënten", "vraag activiteiten_clienten");
  add("ervaringsdeskundigen_rollen", N,
      "Aantal rollen van ervaringsdeskundigen (ontwerp, uitvoering, evaluatie; leeg telt als 0, zoals de vraag zegt)",
      "vraag ervaringsdeskundigen_rol");
  add("ervaringsdeskundigen_uitvoering", J, "'ja' als ervaringsdeskundigen bij de uitvoering betrokken zijn",
      "vraag ervaringsdeskundigen_rol");
  add("clientenraad_geraadpleegd", J, "Cliëntenraad geraadpleegd", "vraag clientenraad_geraadpleegd");
  // J. Financiering
  add("financiering_structureel", T, "Financiering structureel: ja, nee of deels", "vraag financiering_structureel");
  add("financiering_bronnen", N, "Aantal financieringsbronnen", "vraag financiering");
  add("financiering_alleen_impuls", J, "'ja' als de impulsgelden de enige financieringsbron zijn",
      "vraag financiering");
  // K. Effecten
  add("effect_bereikt", N, "Cliënten bereikt (geaggregeerd)", "vraag effect_bereikt");
  add("effect_werk", N, "Cliënten gestart met betaald werk", "vraag effect_werk");
  add("effect_pct_werk", N, "effect_werk als percentage van effect_bereikt (afwezig bij 0 bereikt)",
      "vragen effect_werk en effect_bereikt");
  // L. Knelpunten en succesfactoren
  add("knelpunten_aantal", N, "Aantal genoemde knelpunten (afwezig als de vraag leeg is)", "vraag knelpunten");
  for (const auto& b : c.bottlenecks)
    add("knelpunt_" + b.choice, J, "'ja' als knelpunt '" + b.label + "' genoemd is (afwezig als de vraag leeg is)",
        "vraag knelpunten");
  add("succesfactoren", T, "Genoemde succesfactoren (vrije tekst)", "vraag succesfactoren");
  // National context.
  add("nat_regios", N, "Aantal regio's met een ingediend antwoord in dit meetmoment", kNational);
  add("nat_hoog_regios", N, "Aantal van die regio's op de twee hoogste niveaus (4 en 5)", kNational);
  add("nat_niveau", N, "Landelijk gemiddeld niveau (1 decimaal)", kNational);
  add("nat_niveau_stijging", N, "Landelijk gemiddelde stijging sinds het vorige meetmoment (1 decimaal)", kNational);
  add("nat_borging_gemiddelde", N, "Landelijk gemiddelde van borging_gemiddelde (1 decimaal)", kNational);
  for (const auto& e : c.embedding_elements) {
    add("nat_" + e.question, N, "Landelijk gemiddelde score '" + e.label + "' (1 decimaal)", kNational);
    add("nat_hoog_" + e.question, N, "Gemiddelde score '" + e.label + "' van regio's op niveau 4 en hoger", kNational);
  }
  for (const auto& s : c.stakeholders) {
    const std::string w = weight_name(s.question);
    add("nat_" + w, N, "Landelijk gemiddelde betrokkenheid " + s.label + " (0–3, 1 decimaal)", kNational);
    add("nat_hoog_" + w, N, "Gemiddelde betrokkenheid " + s.label + " van regio's op niveau 4 en hoger", kNational);
  }
  add("nat_pct_doelen_gemeten", N, "Percentage regio's met een gemeten kwantitatief doel", kNational);
  add("nat_hoog_pct_doelen_gemeten", N, "Idem, van regio's op niveau 4 en hoger", kNational);
  add("nat_pct_financiering_structureel", N, "Percentage regio's met structurele financiering (ja)", kNational);
  add("nat_hoog_pct_financiering_structureel", N, "Idem, van regio's op niveau 4 en hoger", kNational);
  add("nat_ervaringsdeskundigen_rollen", N, "Landelijk gemiddeld aantal rollen van ervaringsdeskundigen", kNational);
  for (const auto& b : c.bottlenecks)
    add("nat_pct_knelpunt_" + b.choice, N, "Percentage regio's (die knelpunten invulden) dat '" + b.label + "' noemt",
        kNational);
}

}  // namespace regio::advice
