#include <algorithm>

#include "analysis/format.h"
#include "base/date.h"
#include "base/text.h"
#include "tabular/formula_guard.h"

namespace regio::analysis {
namespace {

// Builds the long-format rows; every value passes through one of the `cell` overloads so the
// Dutch number form (decimal comma) is applied in one place.
class CsvWriter {
 public:
  CsvWriter() { out_ = "\xEF\xBB\xBFsectie;sleutel;subsleutel;waarde\r\n"; }

  void row(const std::string& section, const std::string& key, const std::string& sub, const std::string& value) {
    out_ += quote(section) + ';' + quote(key) + ';' + quote(sub) + ';' + quote(value) + "\r\n";
  }
  void row(const std::string& section, const std::string& key, const std::string& sub, long long value) {
    row(section, key, sub, std::to_string(value));
  }
  void row(const std::string& section, const std::string& key, const std::string& sub,
           const std::optional<double>& value) {
    row(section, key, sub, value ? format_number_nl(*value) : std::string());
  }
  void row(const std::string& section, const std::string& key, const std::string& sub,
           const std::optional<int>& value) {
    row(section, key, sub, value ? std::to_string(*value) : std::string());
  }

  std::string take() { return std::move(out_); }

 private:
  // Text that a spreadsheet would run as a formula gets a quote in front; numbers ("-0,5") not.
  static std::string quote(const std::string& text) {
    const std::string s = tabular::guard_formula(text);
    if (s.find_first_of(";\"\r\n") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) {
      if (c == '"') q += '"';
      q += c;
    }
    return q + '"';
  }
  std::string out_;
};

void write_region(CsvWriter& w, const NationalAnalysis& a, const RegionResult& rr) {
  const RegionScores& s = rr.scores;
  const std::string& r = s.region;
  w.row("regio", r, "naam", rr.name);
  w.row("regio", r, "niveau", s.level);
  w.row("regio", r, "niveau_beoogd", s.aimed_level);
  w.row("regio", r, "verschil", s.gap);
  w.row("regio", r, "borging_gemiddelde", s.embedding_mean);
  w.row("regio", r, "borging_klasse", s.embedding_class.value_or(""));
  w.row("regio", r, "zwakste_element", s.weakest_element ? a.elements[*s.weakest_element].element.question : "");
  for (std::size_t i = 0; i < s.involvement.size(); ++i)
    w.row("regio", r, a.stakeholders[i].stakeholder.question, s.involvement[i].value_or(""));
  w.row("regio", r, "betrokkenheidsindex", s.involvement_index);
  w.row("regio", r, "producten_gepland", s.products_planned);
  w.row("regio", r, "producten_gerealiseerd", s.products_realised);
  w.row("regio", r, "producten_aandeel_gerealiseerd", s.products_share_realised);
  w.row("regio", r, "niveau5_signalering", s.level5_flag ? "ja" : "nee");
}

}  // namespace

std::string to_csv(const NationalAnalysis& a) {
  CsvWriter w;
  w.row("meetmoment", "code", "", a.wave.code);
  w.row("meetmoment", "naam", "", a.wave.name);
  w.row("meetmoment", "datum", "", format_iso(a.wave.date));
  w.row("meetmoment", "vergelijking", "", a.compare_wave ? a.compare_wave->code : "");
  w.row("regios", "aantal", "", a.regions);
  for (const auto& [level, n] : a.levels) w.row("niveaus", std::to_string(level), "", n);
  w.row("niveaus", "onbekend", "", a.level_unknown);
  if (a.transitions) {
    for (const auto& from : a.ladder)
      for (const auto& to : a.ladder) {
        const auto it = a.transitions->counts.find({from.level, to.level});
        w.row("overgangen", std::to_string(from.level), std::to_string(to.level),
              it == a.transitions->counts.end() ? 0 : it->second);
      }
    w.row("overgangen", "totaal", "omhoog", a.transitions->up);
    w.row("overgangen", "totaal", "gelijk", a.transitions->same);
    w.row("overgangen", "totaal", "omlaag", a.transitions->down);
  }
  for (const auto& r : a.aimed_vs_reached) {
    w.row("beoogd", std::to_string(r.level), "beoogd", r.aiming);
    w.row("beoogd", std::to_string(r.level), "bereikt", r.reached);
  }
  w.row("beoogd", "gemiddeld_verschil", "", a.mean_gap);
  for (const auto& [cls, n] : a.embedding_classes) w.row("borgingsklassen", cls, "", n);
  w.row("borgingsklassen", "onbekend", "", a.embedding_unknown);
  for (const auto& e : a.elements) {
    w.row("elementen", e.element.question, "gemiddelde", e.mean);
    w.row("elementen", e.element.question, "n", e.n);
    w.row("elementen", e.element.question, "zwakste", e.weakest);
  }
  for (const auto& s : a.stakeholders) {
    for (const auto& [degree, n] : s.degrees) w.row("betrokkenheid", s.stakeholder.question, degree, n);
    w.row("betrokkenheid", s.stakeholder.question, "onbeantwoord", s.unanswered);
  }
  for (const auto& p : a.products) {
    for (const auto& [status, n] : p.statuses) w.row("producten", p.product.question, status, n);
    w.row("producten", p.product.question, "onbeantwoord", p.unanswered);
  }
  w.row("producten", "totaal", "gepland", a.products_planned);
  w.row("producten", "totaal", "gerealiseerd", a.products_realised);
  w.row("producten", "totaal", "aandeel_gerealiseerd", a.products_share_realised);
  for (const auto& g : a.goals) {
    w.row("doelen", g.type.choice, "behaald", g.tally.met);
    w.row("doelen", g.type.choice, "geteld", g.tally.counted);
    w.row("doelen", g.type.choice, "nog_niet", g.tally.open);
    w.row("doelen", g.type.choice, "aandeel_behaald", g.share_met);
  }
  for (const auto& act : a.activities) {
    w.row("activiteiten", act.activity.choice, "regios", act.regions);
    w.row("activiteiten", act.activity.choice, "bereik", act.clients_reached);
  }
  for (const auto& b : a.bottlenecks) w.row("knelpunten", b.choice, "", b.regions);
  for (const auto& p : a.patterns) {
    w.row("patronen", p.factor, "met_n", p.with.n);
    w.row("patronen", p.factor, "met_gemiddelde_stijging", p.with.mean_gain);
    w.row("patronen", p.factor, "zonder_n", p.without.n);
    w.row("patronen", p.factor, "zonder_gemiddelde_stijging", p.without.mean_gain);
  }
  for (const auto& rr : a.per_region)
    if (rr.scores.level5_flag) w.row("niveau5_signalering", rr.scores.region, "", rr.name);
  for (const auto& rr : a.per_region) write_region(w, a, rr);
  for (const auto& n : a.notes) w.row("opmerkingen", "", "", n);
  return w.take();
}

}  // namespace regio::analysis
