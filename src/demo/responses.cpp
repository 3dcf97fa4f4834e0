#include "demo/responses.h"

#include <algorithm>
#include <functional>
#include <map>

#include "base/date.h"
#include "demo/internal/plan.h"

namespace regio::demo {
namespace {

using internal::kWaves;
using internal::RegionPlan;
using internal::Rng;

constexpr std::uint64_t kPlanSeed = 0x4747'5a57'4552'4b31ULL;  // "GGZWERK1"
constexpr const char* kFictional = "Fictief demo-antwoord";

struct WaveSpec {
  const char* code;
  const char* name;
  CivilDate date;
};
constexpr WaveSpec kWaveSpecs[kWaves] = {
    {"2017-start", "Startmeting zomer 2017", {2017, 7, 1}},
    {"2018-tussen", "Tussenmeting voorjaar 2018", {2018, 4, 1}},
    {"2019-eind", "Eindmeting 2019", {2019, 12, 1}},
    {"2020-vervolg", "Vervolgmeting 2020", {2020, 12, 1}},
};

const char* const kProducts[] = {"product_convenant",       "product_werkwijze",       "product_casusoverleg",
                                 "product_sociale_kaart",   "product_verwijsprotocol", "product_scholing",
                                 "product_contactpersonen", "product_registratie",     "product_anders"};
const char* const kElements[] = {"borging_continuiteit", "borging_olievlek",   "borging_inbedding",
                                 "borging_bereik",       "borging_commitment", "borging_structureel"};
// Embedding lags most on "verder dan een tijdelijk project" and reach, so those get points last.
constexpr int kElementWeight[] = {3, 2, 3, 2, 3, 1};
const char* const kActivities[] = {
    "ips", "jobcoaching", "uitkeringsadvies", "reintegratie", "ervaringsdeskundige", "dagbesteding", "anders"};
constexpr double kActivityChance[][kWaves] = {{0.35, 0.6, 0.8, 0.9},   {0.2, 0.35, 0.45, 0.5}, {0.05, 0.1, 0.2, 0.25},
                                              {0.25, 0.35, 0.4, 0.45}, {0.1, 0.25, 0.35, 0.4}, {0.05, 0.1, 0.15, 0.2},
                                              {0.0, 0.03, 0.05, 0.06}};
const char* const kProfActivities[] = {"prof_scholing",     "prof_intervisie",      "prof_casusoverleg",
                                       "prof_kennismaking", "prof_contactpersonen", "prof_spreekuur",
                                       "prof_anders"};
const char* const kGoalTypes[] = {"samenwerking", "professionals", "clienten", "verankering"};

// Goal statuses are dealt from fixed cycles per type, so the shares met are exact by
// construction: verankering goals are met least often (as the research found).
const std::vector<const char*> kEarlyOther = {"nog_niet", "deels", "behaald", "nog_niet"};
const std::vector<const char*> kEarlyVerankering = {"nog_niet", "deels", "nog_niet", "niet_behaald"};
const std::vector<const char*> kLateOther = {"behaald", "deels", "behaald", "nog_niet", "niet_behaald"};
const std::vector<const char*> kLateVerankering = {"deels", "niet_behaald", "nog_niet",
                                                   "deels", "behaald",      "niet_behaald"};

// "a b c" from the choices (in choice-list order) for which `take` is true.
std::string select(std::initializer_list<const char*> choices, const std::function<bool(const std::string&)>& take) {
  std::string out;
  for (const char* c : choices)
    if (take(c)) out += (out.empty() ? "" : " ") + std::string(c);
  return out;
}

void set_if(forms::Answers& a, const std::string& name, const std::string& value) {
  if (!value.empty()) a[name] = value;
}

std::string degree(bool structural, double incidental_chance, Rng& rng) {
  if (structural) return rng.chance(0.25) ? "trekker" : "structureel";
  return rng.chance(incidental_chance) ? "incidenteel" : "niet";
}

void add_elements(forms::Answers& a, int sum, Rng& rng) {
  int scores[6] = {1, 1, 1, 1, 1, 1};
  for (int left = sum - 6; left > 0;) {
    int pick = rng.below(14);  // weighted by kElementWeight (total 14)
    std::size_t i = 0;
    while (pick >= kElementWeight[i]) pick -= kElementWeight[i++];
    if (scores[i] < 4) {
      ++scores[i];
      --left;
    }
  }
  for (std::size_t i = 0; i < 6; ++i) {
    a[kElements[i]] = std::to_string(scores[i]);
    a[std::string(kElements[i]) + "_toelichting"] = std::string(kFictional) + ": toelichting bij de score.";
  }
}

forms::Answers goal_row(const std::string& type, const std::string& status) {
  return {{"doel_omschrijving", std::string(kFictional) + ": doel voor " + type + "."},
          {"doel_type", type},
          {"doel_kwantitatief", "nee"},
          {"doel_status", status}};
}

forms::Answers quantitative_goal(const std::string& status, int year) {
  return {{"doel_omschrijving", std::string(kFictional) + ": 40% van de IPS-starters binnen 12 maanden aan het werk."},
          {"doel_type", "clienten"},
          {"doel_kwantitatief", "ja"},
          {"doel_indicator", "werk_12m_pct (fictief demo-antwoord)"},
          {"doel_streefwaarde", "40"},
          {"doel_datum", std::to_string(year) + "-12-31"},
          {"doel_status", status}};
}

std::vector<forms::Answers> goals(const RegionPlan& p, int w, bool level5_region, std::map<std::string, int>& dealt,
                                  Rng& rng) {
  std::vector<forms::Answers> rows;
  const int n = w == 0 ? rng.between(1, 2) : rng.between(2, 4);
  const int start = rng.below(4);
  for (int k = 0; k < n; ++k) {
    const std::string type = kGoalTypes[(start + k) % 4];
    const bool early = w <= 1;
    const auto& cycle =
        type == "verankering" ? (early ? kEarlyVerankering : kLateVerankering) : (early ? kEarlyOther : kLateOther);
    const std::string status = w == 0 ? "nog_niet" : cycle[static_cast<std::size_t>(dealt[type]++) % cycle.size()];
    rows.push_back(goal_row(type, status));
  }
  if (level5_region && w >= 2)
    rows.push_back(quantitative_goal(w == 2 ? "deels" : "behaald", 2019 + w - 2));
  else if (p.level[w] == 4 && w == 3 && rng.chance(0.5))
    rows.push_back(quantitative_goal("nog_niet", 2021));
  return rows;
}

forms::Response response(const RegionPlan& p, int w, bool level5_region, std::map<std::string, int>& dealt) {
  Rng rng(p.seed ^ (0x9e3779b97f4a7c15ULL * static_cast<std::uint64_t>(w + 1)));
  forms::Response r;
  r.region = p.code;
  r.wave = kWaveSpecs[w].code;
  r.status = forms::ResponseStatus::kIngediend;
  forms::Answers& a = r.answers;
  const int level = p.level[w];
  a["niveau"] = std::to_string(level);
  a["niveau_beoogd"] = std::to_string(std::min(5, level + (rng.chance(0.8) ? 1 : 0)));

  const std::string employers = degree(p.employer_structural[w], 0.2 + 0.1 * w, rng);
  const std::string insurer = degree(p.insurer_structural[w], 0.1 + 0.05 * w, rng);
  const std::string experts = degree(p.ed_structural[w], 0.6, rng);
  const std::string client_org = degree(p.client_org_structural[w], 0.4 + 0.1 * w, rng);
  a["betrokken_werkgevers"] = employers;
  a["betrokken_zorgverzekeraar"] = insurer;
  a["betrokken_ervaringsdeskundigen"] = experts;
  a["betrokken_clientorganisatie"] = client_org;
  a["partijen"] = select({"gemeente", "uwv", "ggz", "ribw", "sw_bedrijf", "wsp", "werkgevers", "zorgverzekeraar",
                          "clientorganisatie", "ervaringsdeskundigen", "huisarts", "onderwijs", "anders"},
                         [&](const std::string& c) {
                           if (c == "gemeente" || c == "uwv" || c == "ggz") return true;
                           if (c == "werkgevers") return employers != "niet";
                           if (c == "zorgverzekeraar") return insurer != "niet";
                           if (c == "clientorganisatie") return client_org != "niet";
                           if (c == "ervaringsdeskundigen") return experts != "niet";
                           if (c == "ribw") return rng.chance(0.5);
                           if (c == "sw_bedrijf" || c == "wsp") return rng.chance(0.3 + 0.1 * w);
                           if (c == "huisarts") return rng.chance(0.3);
                           return rng.chance(0.1);
                         });
  const bool experts_structural = experts == "structureel" || experts == "trekker";
  const bool incidental_design = rng.chance(0.5);
  if (experts != "niet")
    a["ervaringsdeskundigen_rol"] = select({"ontwerp", "uitvoering", "evaluatie"}, [&](const std::string& c) {
      if (c == "uitvoering") return experts_structural;
      if (c == "ontwerp") return experts_structural ? rng.chance(0.5) : incidental_design;
      return experts_structural ? rng.chance(0.4) : !incidental_design;
    });
  a["clientenraad_geraadpleegd"] = client_org != "niet" || rng.chance(0.2) ? "ja" : "nee";

  for (int k = 0; k < 9; ++k) {
    const char* q = kProducts[p.product_order[static_cast<std::size_t>(k)]];
    a[q] = k < p.realised[w]  ? "gerealiseerd"
           : k < p.planned[w] ? (rng.chance(0.3 + 0.15 * w) ? "in_uitvoering" : "gepland")
                              : "niet_gepland";
  }
  r.repeats["doelen"] = goals(p, w, level5_region, dealt, rng);

  a["doelgroep"] = select({"epa", "cmd", "bijstand", "ww", "wia_wajong", "niet_uitkeringsgerechtigd", "jongeren",
                           "statushouders", "anders"},
                          [&](const std::string& c) {
                            if (c == "epa") return true;
                            if (c == "cmd" || c == "bijstand") return rng.chance(0.65);
                            if (c == "anders" || c == "statushouders") return rng.chance(0.1);
                            return rng.chance(0.35);
                          });
  for (const char* q : kProfActivities) {
    const double u = rng.unit();
    a[q] = (std::string(q) == "prof_casusoverleg" && level >= 3) || u < 0.1 + 0.2 * w ? "gerealiseerd"
           : u < 0.5 + 0.1 * w                                                        ? "gepland"
                                                                                      : "geen";
  }
  int reached = 0;
  std::string selected;
  for (std::size_t i = 0; i < 7; ++i) {
    if (p.activity_key[i] >= kActivityChance[i][w]) continue;
    selected += (selected.empty() ? "" : " ") + std::string(kActivities[i]);
    const int n = rng.between(3, 15) * (w + 1);
    a[std::string("bereik_") + kActivities[i]] = std::to_string(n);
    reached += n;
  }
  set_if(a, "activiteiten_clienten", selected);
  add_elements(a, p.element_sum[w], rng);

  a["financiering"] =
      select({"impulsgelden", "gemeente", "uwv", "ggz", "zorgverzekeraar", "anders"}, [&](const std::string& c) {
        if (c == "impulsgelden") return true;
        if (c == "gemeente") return rng.chance(0.3 + 0.15 * w);
        if (c == "zorgverzekeraar") return insurer == "structureel" || insurer == "trekker";
        if (c == "anders") return rng.chance(0.05);
        return rng.chance(0.25);
      });
  a["financiering_structureel"] = w < 2                    ? "nee"
                                  : p.element_sum[w] >= 21 ? "ja"
                                  : p.element_sum[w] >= 15 ? "deels"
                                                           : "nee";
  if (w >= 1) {
    const int bereikt = reached > 0 ? reached : rng.between(5, 20);
    const int werk = bereikt * rng.between(15, 35) / 100;
    a["effect_bereikt"] = std::to_string(bereikt);
    a["effect_werk"] = std::to_string(werk);
    a["effect_werk_6m"] = std::to_string(werk * rng.between(50, 80) / 100);
  }
  const double priority = (level >= 4 ? 0.45 : 0.8) - 0.05 * w;
  const std::string knelpunten =
      select({"prioriteit", "privacy", "financiering", "personeelsverloop", "cultuur", "wachtlijsten", "anders"},
             [&](const std::string& c) {
               if (c == "prioriteit") return rng.chance(priority);
               if (c == "privacy") return rng.chance(0.4);
               if (c == "financiering") return rng.chance(w >= 2 ? 0.4 : 0.25);
               if (c == "anders") return rng.chance(0.05);
               return rng.chance(0.25);
             });
  if (!knelpunten.empty()) {
    a["knelpunten"] = knelpunten;
    a["knelpunten_toelichting"] = std::string(kFictional) + ": toelichting op de knelpunten.";
  }
  a["succesfactoren"] = std::string(kFictional) + ": korte lijnen en vaste contactpersonen.";
  return r;
}

}  // namespace

DemoResponses generate_demo_responses(const regions::Registry& registry) {
  DemoResponses out;
  out.regions = participating_regions(registry);
  for (const auto& spec : kWaveSpecs) out.waves.push_back({spec.code, spec.name, from_civil(spec.date), "standaard"});
  const auto plans = internal::make_plans(out.regions, kPlanSeed);
  for (const auto& p : plans)
    if (p.level[kWaves - 1] == 5) out.level5_regions.push_back(p.code);
  for (int w = 0; w < kWaves; ++w) {
    std::map<std::string, int> dealt;  // goal statuses dealt per type in this wave
    for (const auto& p : plans) {
      const bool level5 =
          std::find(out.level5_regions.begin(), out.level5_regions.end(), p.code) != out.level5_regions.end();
      out.responses.push_back(response(p, w, level5, dealt));
    }
  }
  return out;
}

}  // namespace regio::demo
