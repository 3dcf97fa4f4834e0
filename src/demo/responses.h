// Fictional questionnaire responses for the demo installation: the 31 impuls regions over the
// four measuring moments of the original research (DESIGN §1, §3.2).
//
// The data is generated, deterministic (a fixed seed and an own PRNG, so every build on every
// platform yields the same answers) and shaped so that the national analysis reproduces the
// published picture: at 2017-start most regions at level 1; at 2020-vervolg every region at
// level ≥ 2, 14–16 at ≥ 3, exactly 10 at ≥ 4 and exactly 2 at level 5 (those two have
// quantitative, measured goals); embedding at 2020-vervolg 3 stevig, 8 vrij sterk, 8 redelijk,
// 12 kwetsbaar; experience experts structurally involved in most regions, employers and
// insurers in few; IPS the most used client activity; verankering goals met least often;
// about a third of planned products realised at 2019-eind. Every free-text answer says it is
// fictional ("Fictief demo-antwoord").
//
//   auto registry = regions::Registry::load_embedded();
//   demo::DemoResponses demo = demo::generate_demo_responses(*registry);
//   for (const auto& w : demo.waves) store.put_wave(w);
//   for (const auto& r : demo.responses) store.put_response(r);
//   // and register outcome goals for demo.level5_regions
#pragma once

#include <string>
#include <vector>

#include "forms/response.h"
#include "forms/wave.h"
#include "regions/registry.h"

namespace regio::demo {

struct DemoResponses {
  std::vector<forms::Wave> waves;          // 2017-start, 2018-tussen, 2019-eind, 2020-vervolg
  std::vector<forms::Response> responses;  // one per region per wave, status ingediend
  std::vector<std::string> regions;        // the 31 participating regions (2017 codes), sorted
  // The two regions at level 5 in 2020-vervolg, sorted; each has a quantitative `doelen` row
  // for indicator werk_12m_pct that is measured. The caller should register an outcome goal for
  // them so the level-5 check also finds it in the goal store.
  std::vector<std::string> level5_regions;
};

// The participating regions: every region of data/regions/impuls_2017_regions.csv with status
// confirmed, plus the `unknown` ones minus three chosen deterministically (the research
// followed 31 of 35), restricted to codes that are regions in every shipped year. Sorted.
std::vector<std::string> participating_regions(const regions::Registry& registry);

// The demo data set (see the file comment). Deterministic: equal for every call.
DemoResponses generate_demo_responses(const regions::Registry& registry);

}  // namespace regio::demo
