#include "reports/demo_input_test_support.h"

#include <filesystem>

#include "advice/rules.h"
#include "advice/wave_advice.h"
#include "demo/responses.h"
#include "outcomes/release.h"
#include "report/testing_input.h"

namespace regio::reports::testing {
namespace {

analysis::AnalysisInput wave_input(const demo::DemoResponses& demo, std::size_t wave, const analysis::Config& config) {
  analysis::AnalysisInput a{.wave = demo.waves[wave], .config = config};
  if (wave > 0) a.compare_wave = demo.waves[wave - 1];
  for (const auto& r : demo.responses) {
    if (r.wave == demo.waves[wave].code) a.responses.push_back(r);
    if (wave > 0 && r.wave == demo.waves[wave - 1].code) a.compare_responses.push_back(r);
  }
  return a;
}

ReportInput input_of(const analysis::AnalysisInput& a, bool with_release) {
  ReportInput in;
  in.config = a.config;
  in.analysis = analysis::analyse(a).value();
  in.responses = a.responses;
  in.patterns = report::pattern_findings(a).value();
  in.fictional = true;
  in.generated = parse_date("2026-11-28").value();
  if (with_release) {
    auto release = outcomes::decode_release(
        report::testing::read_file(std::filesystem::path(REGIO_SOURCE_DIR) /
                                   "src/report/testdata/outcomes/demo_release_2025-01-01_NL_AM13_AM19.json"));
    in.release = ReleaseFigures{outcomes::table_of(*release), release->peildatum};
    in.goals = {{"AM13", "werk_12m_pct", 40, 2026, "ips", ""}};
  }
  return in;
}

const demo::DemoResponses& demo_responses() {
  static const demo::DemoResponses demo = [] {
    auto registry = regions::Registry::load_embedded();
    return demo::generate_demo_responses(*registry);
  }();
  return demo;
}

}  // namespace

ReportInput demo_input(bool with_release) {
  const auto& demo = demo_responses();
  ReportInput in = input_of(wave_input(demo, 3, analysis::default_config()), with_release);
  in.history.push_back(in.analysis);
  return in;
}

ReportInput full_demo_input() {
  const auto& demo = demo_responses();
  const auto config = analysis::default_config();
  const std::set<std::string> measured(demo.level5_regions.begin(), demo.level5_regions.end());
  auto last = wave_input(demo, 3, config);
  last.measured_goal_regions = measured;
  ReportInput in = input_of(last, true);
  for (std::size_t w = 0; w < demo.waves.size(); ++w) {
    auto a = wave_input(demo, w, config);
    a.measured_goal_regions = measured;
    in.history.push_back(analysis::analyse(a).value());
  }
  auto registry = regions::Registry::load_embedded();
  const advice::Catalogue catalogue(config);
  advice::WaveAdviceInput ai{.wave = last.wave,
                             .responses = last.responses,
                             .previous_wave = demo.waves[2],
                             .previous_responses = last.compare_responses,
                             .config = config,
                             .registry = &*registry,
                             .measured_goal_regions = measured};
  in.advice = advice::advise_wave(ai, advice::default_rules(catalogue).value(), catalogue).value();
  return in;
}

}  // namespace regio::reports::testing
