// Computes the indicators of an extract directory without the CLI or the store and prints them
// as the CSV of `outcomes indicators --unsuppressed --format csv`, for checking the DuckDB SQL
// and tuning before the CLI exists.
//   regio_micro_indicators <peildatum> <directory>
#include <chrono>
#include <cstdio>

#include <fmt/format.h>

#include "outcomes/extract_reader.h"
#include "outcomes/indicators.h"
#include "regions/registry.h"

int main(int argc, char** argv) {
  using namespace regio;
  if (argc != 3) return 2;
  auto registry = regions::Registry::load_embedded();
  const auto peildatum = parse_date(argv[1]);
  if (!registry || !peildatum) return 2;
  auto imported = outcomes::read_extract({argv[2]}, *registry, {});
  if (!imported) {
    std::fprintf(stderr, "%s\n", imported.error().describe().c_str());
    return 1;
  }
  const auto begin = std::chrono::steady_clock::now();
  const auto rows = outcomes::compute_indicators(imported->extract, *peildatum);
  if (!rows) {
    std::fprintf(stderr, "%s\n", rows.error().describe().c_str());
    return 1;
  }
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - begin;
  std::fprintf(stderr, "indicatoren in %.3f s\n", took.count());
  std::string out =
      "regio,jaar,interventie,starters,werk_12m_noemer,werk_12m_teller,dagen_tot_werk_mediaan,"
      "duurzaam_noemer,duurzaam_teller,werkend_12m_teller,uitkering_noemer,"
      "uitkering_uitstroom_teller,uren_gem\n";
  for (const auto& r : *rows) {
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{}\n", r.regio, r.jaar ? std::to_string(*r.jaar) : "*",
                       r.interventie ? std::string(outcomes::interventie_text(*r.interventie)) : "*", r.starters,
                       r.werk_12m_noemer, r.werk_12m_teller,
                       r.dagen_tot_werk_mediaan ? std::to_string(*r.dagen_tot_werk_mediaan) : "", r.duurzaam_noemer,
                       r.duurzaam_teller, r.werkend_12m_teller, r.uitkering_noemer, r.uitkering_uitstroom_teller,
                       r.uren_gem ? fmt::format("{:.1f}", *r.uren_gem) : "");
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
