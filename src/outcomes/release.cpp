#include "outcomes/release.h"

#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace regio::outcomes {
namespace {

constexpr int kFormatVersion = 1;

std::unexpected<Error> bad(std::string what) {
  return fail(ErrorCode::kInvalidData, "release in de database is onleesbaar: " + what);
}

}  // namespace

Result<Release> make_release(std::span<const IndicatorRow> rows, Date peildatum, const DisclosureSettings& settings,
                             std::span<const Release> earlier, std::string published_by, std::string note,
                             std::string published_at, const AuditProgress& progress) {
  std::vector<AuditTable> tables;
  for (const Release& r : earlier) {
    if (r.peildatum == peildatum)
      return fail(ErrorCode::kAlreadyExists,
                  fmt::format("er is al een release met peildatum {} (gepubliceerd {} door {}); een release wordt "
                              "nooit vervangen — kies een andere peildatum",
                              format_iso(peildatum), r.published_at, r.published_by));
    tables.push_back(as_audit_table(r));
  }
  auto decision = decide_suppression(rows, peildatum, settings.threshold, settings.rounding, tables, progress);
  if (!decision) return std::unexpected(decision.error());
  Release out;
  out.peildatum = peildatum;
  out.published_at = std::move(published_at);
  out.published_by = std::move(published_by);
  out.note = std::move(note);
  out.settings = settings;
  out.rows.assign(rows.begin(), rows.end());
  out.suppressed = std::move(decision->suppressed);
  // Means: the mean over n1 trajectories in one release and over n2 in another give the sum of
  // the hours of the n2 - n1 others; a difference of 1..T-1 would reveal few persons' hours.
  out.means_hidden.assign(out.rows.size(), false);
  for (const Release& r : earlier) {
    const DisclosedTable shown = table_of(r);
    std::map<GroupKey, std::size_t> index;
    for (std::size_t j = 0; j < r.rows.size(); ++j) index.emplace(GroupKey{r.rows[j].regio, r.rows[j].jaar, r.rows[j].interventie}, j);
    for (std::size_t i = 0; i < out.rows.size(); ++i) {
      const IndicatorRow& row = out.rows[i];
      auto it = index.find(GroupKey{row.regio, row.jaar, row.interventie});
      if (!row.uren_gem || it == index.end()) continue;
      const std::int64_t delta = row.uren_bekend - r.rows[it->second].uren_bekend;
      const bool old_shown = shown.rows()[it->second][Column::kUrenGem].value.has_value();
      if (old_shown && delta != 0 && delta > -settings.threshold && delta < settings.threshold)
        out.means_hidden[i] = true;
    }
  }
  out.audit = {decision->checked, decision->added, decision->solves, decision->known_large};
  return out;
}

DisclosedTable table_of(const Release& r) {
  return disclosed_from_decisions(r.rows, r.suppressed, r.settings.threshold, r.settings.rounding,
                                  TableSource{.peildatum = r.peildatum,
                                              .release = true,
                                              .published_at = r.published_at,
                                              .published_by = r.published_by,
                                              .note = r.note},
                                  r.means_hidden);
}

AuditTable as_audit_table(const Release& r) {
  AuditTable t{.peildatum = r.peildatum, .editable = false};
  for (std::size_t i = 0; i < r.rows.size(); ++i) {
    t.groups.push_back({r.rows[i].regio, r.rows[i].jaar, r.rows[i].interventie});
    t.truth.push_back(counts_of(r.rows[i]));
    t.suppressed.push_back(r.suppressed[i]);
  }
  return t;
}

std::string encode_release(const Release& r) {
  nlohmann::json rows = nlohmann::json::array();
  for (std::size_t i = 0; i < r.rows.size(); ++i) {
    const IndicatorRow& x = r.rows[i];
    unsigned mask = 0;
    for (std::size_t c = 0; c < kCountColumns; ++c) mask |= r.suppressed[i][c] ? 1u << c : 0u;
    nlohmann::json counts = nlohmann::json::array();
    for (std::int64_t v : counts_of(x)) counts.push_back(v);
    rows.push_back({{"regio", x.regio},
                    {"jaar", x.jaar ? nlohmann::json(*x.jaar) : nlohmann::json()},
                    {"interventie", x.interventie ? nlohmann::json(interventie_text(*x.interventie)) : nlohmann::json()},
                    {"tellingen", counts},
                    {"mediaan", x.dagen_tot_werk_mediaan ? nlohmann::json(*x.dagen_tot_werk_mediaan) : nlohmann::json()},
                    {"uren_gem", x.uren_gem ? nlohmann::json(*x.uren_gem) : nlohmann::json()},
                    {"uren_bekend", x.uren_bekend},
                    {"gem_onderdrukt", i < r.means_hidden.size() && r.means_hidden[i]},
                    {"onderdrukt", mask}});
  }
  nlohmann::json doc = {{"versie", kFormatVersion},
                        {"peildatum", format_iso(r.peildatum)},
                        {"gepubliceerd_op", r.published_at},
                        {"gepubliceerd_door", r.published_by},
                        {"toelichting", r.note},
                        {"fictief", r.fictional},
                        {"drempel", r.settings.threshold},
                        {"afronding", r.settings.rounding},
                        {"audit",
                         {{"gecontroleerd", r.audit.suppressed_cells},
                          {"extra_onderdrukt", r.audit.added},
                          {"lp_oplossingen", r.audit.solves},
                          {"bekend_minstens_drempel", r.audit.known_large}}},
                        {"rijen", rows}};
  return doc.dump();
}

Result<Release> decode_release(std::string_view text) {
  try {
    const nlohmann::json doc = nlohmann::json::parse(text);
    if (doc.value("versie", 0) != kFormatVersion) return bad("onbekende versie");
    Release r;
    auto peildatum = parse_iso_date(doc.at("peildatum").get<std::string>());
    if (!peildatum) return bad("peildatum");
    r.peildatum = *peildatum;
    r.published_at = doc.at("gepubliceerd_op").get<std::string>();
    r.published_by = doc.at("gepubliceerd_door").get<std::string>();
    r.note = doc.at("toelichting").get<std::string>();
    r.fictional = doc.at("fictief").get<bool>();
    r.settings = {doc.at("drempel").get<int>(), doc.at("afronding").get<int>()};
    if (r.settings.threshold < 1 || r.settings.rounding < 1) return bad("drempel of afronding");
    const auto& audit = doc.at("audit");
    r.audit = {audit.at("gecontroleerd").get<std::size_t>(), audit.at("extra_onderdrukt").get<std::size_t>(),
               audit.at("lp_oplossingen").get<std::size_t>(), audit.at("bekend_minstens_drempel").get<std::size_t>()};
    for (const auto& row : doc.at("rijen")) {
      IndicatorRow x;
      x.regio = row.at("regio").get<std::string>();
      if (!row.at("jaar").is_null()) x.jaar = row.at("jaar").get<int>();
      if (!row.at("interventie").is_null()) {
        auto iv = interventie_from_text(row.at("interventie").get<std::string>());
        if (!iv) return bad("interventie");
        x.interventie = *iv;
      }
      const auto& counts = row.at("tellingen");
      if (counts.size() != kCountColumns) return bad("tellingen");
      std::int64_t* fields[kCountColumns] = {&x.starters,        &x.werk_12m_noemer,    &x.werk_12m_teller,
                                             &x.duurzaam_noemer, &x.duurzaam_teller,    &x.werkend_12m_teller,
                                             &x.uitkering_noemer, &x.uitkering_uitstroom_teller};
      for (std::size_t c = 0; c < kCountColumns; ++c) *fields[c] = counts[c].get<std::int64_t>();
      if (!row.at("mediaan").is_null()) x.dagen_tot_werk_mediaan = row.at("mediaan").get<int>();
      if (!row.at("uren_gem").is_null()) x.uren_gem = row.at("uren_gem").get<double>();
      x.uren_bekend = row.at("uren_bekend").get<std::int64_t>();
      const unsigned mask = row.at("onderdrukt").get<unsigned>();
      CountFlags flags{};
      for (std::size_t c = 0; c < kCountColumns; ++c) flags[c] = (mask >> c) & 1u;
      r.rows.push_back(std::move(x));
      r.suppressed.push_back(flags);
      r.means_hidden.push_back(row.at("gem_onderdrukt").get<bool>());
    }
    return r;
  } catch (const nlohmann::json::exception& e) {
    return bad(e.what());
  }
}

}  // namespace regio::outcomes
